use trait_expense_split_amount_display::{settle, summary, Amount, Expense};

fn expense(payer: &str, cents: i64, participants: &[&str]) -> Expense {
    Expense {
        payer: payer.to_string(),
        cents,
        participants: participants.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn amount_formats_as_decimal() {
    assert_eq!(Amount(1250).to_string(), "12.50");
    assert_eq!(Amount(-5).to_string(), "-0.05");
    assert_eq!(format!("{}", Amount(7)), "0.07");
}

#[test]
fn settles_a_weekend_trip() {
    let trip = vec![
        expense("ana", 9000, &["ana", "ben", "cy"]),
        expense("ben", 1001, &["ben", "cy"]),
    ];
    assert_eq!(summary(&trip), vec!["ana: 60.00", "ben: -25.00", "cy: -35.00"]);
    assert_eq!(settle(&trip), vec!["ben pays ana 25.00", "cy pays ana 35.00"]);
}

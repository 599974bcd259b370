use syntax_loan_schedule_missing_paren::{monthly_payment, schedule, total_interest};

#[test]
fn payment_formula() {
    assert_eq!(monthly_payment(10_000.0, 0.06, 12), 860.66);
    assert_eq!(monthly_payment(1_200.0, 0.0, 12), 100.0);
}

#[test]
fn schedule_pays_off_the_loan() {
    let rows = schedule(10_000.0, 0.06, 12);
    assert_eq!(rows.len(), 12);
    assert_eq!(rows[0].interest, 50.0);
    assert_eq!(rows[0].principal, 810.66);
    assert_eq!(rows[0].balance, 9189.34);
    assert_eq!(rows[11].balance, 0.0);
    assert_eq!(rows[11].principal, 856.42);
    assert_eq!(total_interest(&rows), 327.96);
}

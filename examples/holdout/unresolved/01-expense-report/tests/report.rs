use unresolved_expense_report::{render, totals_by_category, Expense};

fn sample() -> Vec<Expense> {
    [
        "2024-03-01;Travel;120.00;train",
        "2024-03-02;food;12.5;lunch",
        "2024-03-02;books;30.99",
        "2024-03-05;Food;7.05;coffee",
    ]
    .iter()
    .map(|l| Expense::parse(l).unwrap())
    .collect()
}

#[test]
fn parses_amounts_in_cents() {
    let e = sample();
    assert_eq!(e[1].cents, 1250);
    assert_eq!(e[3].cents, 705);
    assert_eq!(e[2].note, "");
    assert!(Expense::parse("2024-03-01;food;1.234").is_err());
    assert!(Expense::parse("2024-03-01;;1.00").is_err());
}

#[test]
fn report_is_sorted_by_category() {
    let e = sample();
    let totals = totals_by_category(&e);
    assert_eq!(totals.keys().copied().collect::<Vec<_>>(), ["books", "food", "travel"]);
    assert_eq!(totals["food"], 1955);
    let text = render(&e);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "books          30.99");
    assert_eq!(lines[1], "food           19.55");
    assert_eq!(lines[3], "TOTAL         170.54");
}

use intent_basket_total::{basket_total, Line};

#[test]
fn totals_every_line() {
    let lines = [
        Line { price_cents: 250, quantity: 2 },
        Line { price_cents: 100, quantity: 3 },
    ];
    assert_eq!(basket_total(&lines), 800);
}

#[test]
fn empty_basket_costs_nothing() {
    assert_eq!(basket_total(&[]), 0);
}

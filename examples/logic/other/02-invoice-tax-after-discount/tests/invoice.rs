use invoice_tax::{apply_rate, Invoice};

#[test]
fn tax_is_on_the_discounted_amount() {
    let mut inv = Invoice::new(1_000, 2_000);
    inv.add("consulting", 10_000, 1);
    assert_eq!(inv.discount(), 1_000);
    assert_eq!(inv.tax(), 1_800);
    assert_eq!(inv.total(), 10_800);
}

#[test]
fn no_discount() {
    let mut inv = Invoice::new(0, 700);
    inv.add("book", 1_999, 2).add("pen", 150, 3);
    assert_eq!(inv.subtotal(), 4_448);
    assert_eq!(inv.tax(), 311);
    assert_eq!(inv.lines(), vec!["book x2 = 3998", "pen x3 = 450"]);
}

#[test]
fn rounding_half_up() {
    assert_eq!(apply_rate(50, 1_000), 5);
    assert_eq!(apply_rate(5, 1_000), 1);
    assert_eq!(apply_rate(4, 1_000), 0);
}

use invoice_tax::Invoice;

#[test]
fn discount_and_tax_together() {
    let mut inv = Invoice::new(2_500, 1_900);
    inv.add("a", 3_333, 3);
    assert_eq!(inv.subtotal(), 9_999);
    assert_eq!(inv.discount(), 2_500);
    assert_eq!(inv.tax(), 1_425);
    assert_eq!(inv.total(), 8_924);
    let empty = Invoice::new(1_000, 1_000);
    assert_eq!(empty.total(), 0);
}

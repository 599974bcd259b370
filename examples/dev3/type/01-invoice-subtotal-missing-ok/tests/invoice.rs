use type_invoice_subtotal_missing_ok::*;

fn item(sku: &str, qty: u32, unit_cents: u64) -> LineItem {
    LineItem { sku: sku.to_string(), qty, unit_cents }
}

#[test]
fn subtotal_sums_lines() {
    let items = vec![item("A-1", 3, 250), item("B-2", 1, 1999)];
    assert_eq!(subtotal(&items), Ok(2749));
}

#[test]
fn errors_are_reported() {
    assert_eq!(subtotal(&[]), Err(InvoiceError::Empty));
    let items = vec![item("A-1", 0, 250)];
    assert_eq!(subtotal(&items), Err(InvoiceError::ZeroQuantity("A-1".into())));
    let huge = vec![item("X", 2, u64::MAX / 2 + 1)];
    assert_eq!(subtotal(&huge), Err(InvoiceError::Overflow));
}

#[test]
fn tax_rounds_half_up() {
    let items = vec![item("A-1", 1, 1050)];
    assert_eq!(with_tax(&items, 7), Ok(1124));
    assert_eq!(with_tax(&items, 0), Ok(1050));
}

use d4_fields_01_invoice_field_renamed::{invoice::invoice, totals::*};

#[test]
fn sums() {
    let mut all = vec![invoice("a", 10), invoice("b", 30), invoice("c", 5)];
    all[1].paid = true;
    assert_eq!(outstanding(&all), 15);
    assert_eq!(biggest(&all).unwrap().customer, "b");
    assert_eq!(over(&all, 7), 2);
}

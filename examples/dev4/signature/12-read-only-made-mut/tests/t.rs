use d4_signature_12_read_only_made_mut::use_sums::*;

#[test]
fn works() {
    assert_eq!(report(&vec![1, 2, 3]), "6 over 3");
    assert_eq!(double_total(&[5]), 10);
}

use d4_signature_08_report_slice_param::report::*;

#[test]
fn reports() {
    assert_eq!(describe(&vec![1.0, 2.0]), "mean 1.5");
    assert_eq!(describe(&vec![]), "no data");
    assert_eq!(above_mean(&[1.0, 2.0, 6.0]), 1);
}

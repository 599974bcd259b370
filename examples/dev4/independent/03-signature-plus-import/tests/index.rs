use d4_independent_03_signature_plus_import::index::*;

#[test]
fn works() {
    assert_eq!(unique(&[" Ann", "ann ", "Bo"]).len(), 2);
    assert!(same("X", " x"));
}

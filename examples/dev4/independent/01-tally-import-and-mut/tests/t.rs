use d4_independent_01_tally_import_and_mut::*;

#[test]
fn works() {
    assert_eq!(tally(&["a", "b", "a"])["a"], 2);
    assert_eq!(evens(5), vec![0, 2, 4]);
}

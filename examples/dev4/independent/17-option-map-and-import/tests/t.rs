use d4_independent_17_option_map_and_import::*;

#[test]
fn works() {
    assert_eq!(csv(&[1, 22]), "1,22");
    assert_eq!(first_len(&["abc"]), Some(3));
    assert_eq!(first_len(&[]), None);
}

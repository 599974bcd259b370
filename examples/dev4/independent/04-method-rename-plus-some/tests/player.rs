use d4_independent_04_method_rename_plus_some::player::*;

#[test]
fn works() {
    let p = mix();
    assert_eq!(p.longest(), Some("theme"));
    assert_eq!(first_long(&p, 100), Some(270));
    assert_eq!(first_long(&p, 1000), None);
}

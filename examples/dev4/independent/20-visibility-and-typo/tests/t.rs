use d4_independent_20_visibility_and_typo::*;

#[test]
fn works() {
    assert_eq!(ticks(3), 3);
    let mut m = inner::Meter::default();
    assert_eq!(m.tick(), 1);
}

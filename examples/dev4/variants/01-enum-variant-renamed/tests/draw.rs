use d4_variants_01_enum_variant_renamed::{draw::*, shape::Shape};

#[test]
fn draws() {
    assert!(is_round(&unit_circle()));
    assert!(!is_round(&Shape::Square(2.0)));
    assert_eq!(radii(&[unit_circle(), Shape::Square(1.0)]), vec![1.0]);
    assert_eq!(Shape::Square(3.0).area(), 9.0);
}

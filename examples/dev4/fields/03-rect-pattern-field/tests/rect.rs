use d4_fields_03_rect_pattern_field::*;

#[test]
fn shapes() {
    let r = Rect { width: 3, height: 4 };
    assert_eq!(area(&r), 12);
    assert!(!is_square(r));
    assert!(is_square(Rect { width: 2, height: 2 }));
    assert_eq!(widest(&[r, Rect { width: 9, height: 1 }]), 9);
}

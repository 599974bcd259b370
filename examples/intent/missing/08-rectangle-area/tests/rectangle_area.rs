use intent_rectangle_area::Rect;

#[test]
fn area_and_squareness() {
    let r = Rect { width: 3, height: 4 };
    assert_eq!(r.area(), 12);
    assert!(!r.is_square());
    assert!(Rect { width: 5, height: 5 }.is_square());
}

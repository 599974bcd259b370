use intent_display_point::Point;

#[test]
fn displays_as_a_pair() {
    assert_eq!(Point { x: 3, y: -4 }.to_string(), "(3, -4)");
}

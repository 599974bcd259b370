use intent_from_rgb::Rgb;

#[test]
fn from_a_tuple() {
    let c: Rgb = (1, 2, 3).into();
    assert_eq!(c, Rgb { r: 1, g: 2, b: 3 });
}

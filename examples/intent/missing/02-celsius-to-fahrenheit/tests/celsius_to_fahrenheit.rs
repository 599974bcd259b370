use intent_celsius_to_fahrenheit::{freezing, to_fahrenheit};

#[test]
fn converts_known_points() {
    assert_eq!(to_fahrenheit(freezing()), 32.0);
    assert_eq!(to_fahrenheit(100.0), 212.0);
    assert_eq!(to_fahrenheit(-40.0), -40.0);
}

use weather_log::units::to_fahrenheit;
use weather_log::Station;

#[test]
fn conversions_and_reports() {
    assert_eq!(to_fahrenheit(-400), -40);
    assert_eq!(to_fahrenheit(370), 99);
    let mut s = Station::default();
    s.record("a", 200);
    s.record("b", -50);
    assert_eq!(s.fahrenheit_report(), vec!["a: 68°F", "b: 23°F"]);
    assert_eq!(s.recent(5), vec!["b", "a"]);
}

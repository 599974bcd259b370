use weather_log::units::to_fahrenheit;
use weather_log::Station;

fn week() -> Station {
    let mut s = Station::default();
    for (d, t) in [("mon", 125), ("tue", 180), ("wed", 95), ("thu", 210)] {
        s.record(d, t);
    }
    s
}

#[test]
fn recent_days_newest_first() {
    assert_eq!(week().recent(2), vec!["thu", "wed"]);
}

#[test]
fn freezing_and_boiling() {
    assert_eq!(to_fahrenheit(0), 32);
    assert_eq!(to_fahrenheit(1000), 212);
}

#[test]
fn warmest_day() {
    assert_eq!(week().warmest(), Some(("thu", "21.0°C".to_string())));
    assert_eq!(Station::default().warmest(), None);
}

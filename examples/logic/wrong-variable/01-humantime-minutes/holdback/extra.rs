use std::time::Duration;
use humantime_format_minutes::format_duration;

fn fmt(secs: u64, nanos: u32) -> String {
    format_duration(Duration::new(secs, nanos)).to_string()
}

#[test]
fn seconds_minutes_hours() {
    assert_eq!(fmt(59, 0), "59s");
    assert_eq!(fmt(3599, 0), "59m 59s");
    assert_eq!(fmt(7322, 0), "2h 2m 2s");
    assert_eq!(fmt(86400 + 3 * 3600 + 125, 0), "1day 3h 2m 5s");
}

#[test]
fn months_and_plurals() {
    assert_eq!(fmt(2_630_016, 0), "1month");
    assert_eq!(fmt(2 * 2_630_016, 0), "2months");
    assert_eq!(fmt(2 * 31_557_600 + 86400, 0), "2years 1day");
    assert_eq!(fmt(0, 1), "1ns");
}

use std::time::Duration;
use humantime_format_seconds::format_duration;

fn fmt(secs: u64, nanos: u32) -> String {
    format_duration(Duration::new(secs, nanos)).to_string()
}

#[test]
fn zero_is_zero_seconds() {
    assert_eq!(fmt(0, 0), "0s");
}

#[test]
fn hours_and_minutes() {
    assert_eq!(fmt(9420, 0), "2h 37m");
}

#[test]
fn subsecond_parts() {
    assert_eq!(fmt(0, 32_000_000), "32ms");
    assert_eq!(fmt(3661, 1_002_003), "1h 1m 1s 1ms 2us 3ns");
}

#[test]
fn singular_day_and_year() {
    assert_eq!(fmt(86400, 0), "1day");
    assert_eq!(fmt(31_557_600, 0), "1year");
}

#[test]
fn plural_days() {
    assert_eq!(fmt(2 * 86400 + 61, 0), "2days 1m 1s");
}

#[test]
fn keeps_the_duration() {
    let d = Duration::new(5, 7);
    assert_eq!(*format_duration(d).get_ref(), d);
}

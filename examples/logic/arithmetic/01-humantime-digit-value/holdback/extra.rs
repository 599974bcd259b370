use std::time::Duration;
use humantime_parse_digits::{parse_duration, Error};

#[test]
fn long_spans() {
    assert_eq!(parse_duration("10hours"), Ok(Duration::new(36000, 0)));
    assert_eq!(parse_duration("2h 37min 15s"), Ok(Duration::new(9435, 0)));
    assert_eq!(parse_duration("1year 2months"), Ok(Duration::new(31_557_600 + 2 * 2_630_016, 0)));
    assert_eq!(parse_duration("3 weeks"), Ok(Duration::new(3 * 604800, 0)));
}

#[test]
fn carries_and_compact_forms() {
    assert_eq!(parse_duration("1500ms"), Ok(Duration::new(1, 500_000_000)));
    assert_eq!(parse_duration("100us 2000ns"), Ok(Duration::new(0, 102_000)));
    assert_eq!(parse_duration("1h30m"), Ok(Duration::new(5400, 0)));
    assert_eq!(parse_duration("12m5s"), Ok(Duration::new(725, 0)));
    assert_eq!(parse_duration("1000000000ns"), Ok(Duration::new(1, 0)));
}

#[test]
fn overflow_and_bad_units() {
    assert_eq!(parse_duration("99999999999999999999s"), Err(Error::NumberOverflow));
    assert_eq!(parse_duration("12"),
        Err(Error::UnknownUnit { start: 2, end: 2, unit: "".to_string(), value: 12 }));
}

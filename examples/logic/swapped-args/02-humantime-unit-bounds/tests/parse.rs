use std::time::Duration;
use humantime_parse_unit_bounds::{parse_duration, Error};

#[test]
fn small_units() {
    assert_eq!(parse_duration("7nsec"), Ok(Duration::new(0, 7)));
    assert_eq!(parse_duration("3usec"), Ok(Duration::new(0, 3000)));
    assert_eq!(parse_duration("5ms"), Ok(Duration::new(0, 5_000_000)));
    assert_eq!(parse_duration("6s"), Ok(Duration::new(6, 0)));
}

#[test]
fn large_units() {
    assert_eq!(parse_duration("1min"), Ok(Duration::new(60, 0)));
    assert_eq!(parse_duration("2h"), Ok(Duration::new(7200, 0)));
    assert_eq!(parse_duration("1d"), Ok(Duration::new(86400, 0)));
    assert_eq!(parse_duration("1w"), Ok(Duration::new(604800, 0)));
    assert_eq!(parse_duration("1M"), Ok(Duration::new(2_630_016, 0)));
    assert_eq!(parse_duration("1y"), Ok(Duration::new(31_557_600, 0)));
}

#[test]
fn spans_with_spaces() {
    assert_eq!(parse_duration("2h 37min"), Ok(Duration::new(9420, 0)));
    assert_eq!(parse_duration(" 1 hour 5 s "), Ok(Duration::new(3605, 0)));
}

#[test]
fn spans_without_spaces() {
    assert_eq!(parse_duration("2h37min"), Ok(Duration::new(9420, 0)));
    assert_eq!(parse_duration("1d2h"), Ok(Duration::new(93600, 0)));
}

#[test]
fn multi_digit_numbers() {
    assert_eq!(parse_duration("150ms"), Ok(Duration::new(0, 150_000_000)));
    assert_eq!(parse_duration("90s"), Ok(Duration::new(90, 0)));
}

#[test]
fn subsecond_parts_carry_into_seconds() {
    assert_eq!(parse_duration("999ms 2ms"), Ok(Duration::new(1, 1_000_000)));
}

#[test]
fn errors() {
    assert_eq!(parse_duration(""), Err(Error::Empty));
    assert_eq!(parse_duration("   "), Err(Error::Empty));
    assert_eq!(parse_duration("abc"), Err(Error::NumberExpected(0)));
    assert_eq!(parse_duration("5 lightyears"),
        Err(Error::UnknownUnit { start: 2, end: 12, unit: "lightyears".to_string(), value: 5 }));
    assert_eq!(parse_duration("3s!"), Err(Error::InvalidCharacter(2)));
}

use std::time::{Duration, SystemTime, UNIX_EPOCH};
use humantime_rfc3339_time_of_day::{parse_rfc3339, parse_rfc3339_weak, Error};

fn at(secs: u64, nanos: u32) -> Result<SystemTime, Error> {
    Ok(UNIX_EPOCH + Duration::new(secs, nanos))
}

#[test]
fn the_epoch() {
    assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), at(0, 0));
}

#[test]
fn time_of_day() {
    assert_eq!(parse_rfc3339("1970-01-01T10:20:30Z"), at(37230, 0));
}

#[test]
fn a_modern_timestamp() {
    assert_eq!(parse_rfc3339("2018-02-14T00:28:07Z"), at(1518568087, 0));
}

#[test]
fn leap_day_and_after() {
    assert_eq!(parse_rfc3339("2016-02-29T00:00:00Z"), at(1456704000, 0));
    assert_eq!(parse_rfc3339("2016-03-01T00:00:00Z"), at(1456790400, 0));
}

#[test]
fn fractional_seconds() {
    assert_eq!(parse_rfc3339("2018-02-14T00:28:07.5Z"), at(1518568087, 500_000_000));
    assert_eq!(parse_rfc3339_weak("2018-02-14 00:28:07.000123"), at(1518568087, 123_000));
}

#[test]
fn ends_of_months() {
    assert_eq!(parse_rfc3339("2019-04-30T00:00:00Z"), at(1556582400, 0));
    assert_eq!(parse_rfc3339("2019-12-31T23:59:59Z"), at(1577836799, 0));
}

#[test]
fn rejects_bad_input() {
    assert_eq!(parse_rfc3339("2018-02-30T00:00:00Z"), Err(Error::OutOfRange));
    assert_eq!(parse_rfc3339("2018-13-01T00:00:00Z"), Err(Error::OutOfRange));
    assert_eq!(parse_rfc3339("2018-02-14 00:28:07"), Err(Error::InvalidFormat));
    assert_eq!(parse_rfc3339("2018-0a-14T00:28:07Z"), Err(Error::InvalidDigit));
    assert_eq!(parse_rfc3339("1969-12-31T23:59:59Z"), Err(Error::OutOfRange));
}

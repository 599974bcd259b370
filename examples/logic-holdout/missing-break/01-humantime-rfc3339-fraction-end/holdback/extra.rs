use std::time::{Duration, SystemTime, UNIX_EPOCH};
use humantime_rfc3339_fraction_end::{parse_rfc3339, parse_rfc3339_weak, Error};

fn at(secs: u64, nanos: u32) -> Result<SystemTime, Error> {
    Ok(UNIX_EPOCH + Duration::new(secs, nanos))
}

#[test]
fn more_month_ends_and_leap_years() {
    assert_eq!(parse_rfc3339("2019-01-31T00:00:00Z"), at(1548892800, 0));
    assert_eq!(parse_rfc3339("2019-05-01T00:00:00Z"), at(1556668800, 0));
    assert_eq!(parse_rfc3339("2000-03-01T00:00:00Z"), at(951868800, 0));
    assert_eq!(parse_rfc3339("2100-03-01T00:00:00Z"), at(4107542400, 0));
    assert_eq!(parse_rfc3339("2019-02-28T12:00:00Z"), at(1551355200, 0));
    assert_eq!(parse_rfc3339("2019-02-29T00:00:00Z"), Err(Error::OutOfRange));
    assert_eq!(parse_rfc3339("2019-06-31T00:00:00Z"), Err(Error::OutOfRange));
    assert_eq!(parse_rfc3339("2019-06-00T00:00:00Z"), Err(Error::OutOfRange));
}

#[test]
fn times_and_fractions() {
    assert_eq!(parse_rfc3339("1970-01-02T23:00:01Z"), at(86400 + 82801, 0));
    assert_eq!(parse_rfc3339("1970-01-01T00:00:00.123456789Z"), at(0, 123_456_789));
    assert_eq!(parse_rfc3339("1970-01-01T00:00:60Z"), at(59, 0));
    assert_eq!(parse_rfc3339("1970-01-01T00:00:00.1Z1"), Err(Error::InvalidFormat));
    assert_eq!(parse_rfc3339_weak("1970-01-01T00:00:00.1Zx"), Err(Error::InvalidDigit));
    assert_eq!(parse_rfc3339("1970-01-01T24:00:00Z"), Err(Error::OutOfRange));
}

use std::time::{Duration, UNIX_EPOCH};

use humantime::{format_duration, format_rfc3339, format_rfc3339_millis, parse_duration, parse_rfc3339, parse_rfc3339_weak};

#[test]
fn parses_and_formats_timestamps() {
    let t = UNIX_EPOCH + Duration::new(1_518_568_087, 0);
    assert_eq!(parse_rfc3339("2018-02-14T00:28:07Z").unwrap(), t);
    assert_eq!(parse_rfc3339_weak("2018-02-14 00:28:07").unwrap(), t);
    assert_eq!(format_rfc3339(t).to_string(), "2018-02-14T00:28:07Z");
    let m = UNIX_EPOCH + Duration::new(1_518_568_087, 133_000_000);
    assert_eq!(format_rfc3339_millis(m).to_string(), "2018-02-14T00:28:07.133Z");
    assert!(parse_rfc3339("2018-13-14T00:28:07Z").is_err());
    assert!(parse_rfc3339("2018-02-1x 00:28:07Z").is_err());
}

#[test]
fn formats_durations() {
    assert_eq!(format_duration(Duration::new(9420, 1_000_000)).to_string(), "2h 37m 1ms");
    assert_eq!(format_duration(Duration::new(31_557_600 * 2 + 86_400, 0)).to_string(), "2years 1day");
    assert_eq!(parse_duration("2h 37min").unwrap(), Duration::new(9420, 0));
}

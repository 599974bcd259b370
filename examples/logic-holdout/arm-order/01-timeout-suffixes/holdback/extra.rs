use config_timeouts::{parse_timeout, timeouts};

#[test]
fn every_unit() {
    assert_eq!(parse_timeout(" 15 ms "), Some(15));
    assert_eq!(parse_timeout("0ms"), Some(0));
    assert_eq!(parse_timeout("3s"), Some(3_000));
    assert_eq!(parse_timeout("ms"), None);
    assert_eq!(timeouts("poll_timeout = 100ms").unwrap().get("poll_timeout"), Some(&100));
}

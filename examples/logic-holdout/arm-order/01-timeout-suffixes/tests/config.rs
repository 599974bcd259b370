use config_timeouts::{parse_timeout, timeouts};

#[test]
fn milliseconds() {
    assert_eq!(parse_timeout("250ms"), Some(250));
}

#[test]
fn config_file() {
    let t = timeouts("# net\nconnect_timeout = 5s\nread_timeout=2m\nretries = 3\n").unwrap();
    assert_eq!(t.get("connect_timeout"), Some(&5_000));
    assert_eq!(t.get("read_timeout"), Some(&120_000));
    assert_eq!(t.len(), 2);
}

#[test]
fn errors_and_bare_numbers() {
    assert_eq!(parse_timeout("7"), Some(7_000));
    assert_eq!(parse_timeout("1h"), Some(3_600_000));
    assert_eq!(timeouts("idle_timeout = soon"), Err("bad timeout for idle_timeout: soon".to_string()));
}

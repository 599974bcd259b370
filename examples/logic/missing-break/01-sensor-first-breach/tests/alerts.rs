use sensor_first_breach::alerts::{alert_message, breach_count, first_breach};
use sensor_first_breach::parse_log;

const LOG: &str = "0 20.5\n5 21.0\n10 30.2\n15 24.0\n20 31.5\nbad line\n25 22.0\n";

#[test]
fn message_names_the_first_breach() {
    let r = parse_log(LOG);
    assert_eq!(alert_message(&r, 25.0), "limit 25 first exceeded at minute 10 (2 readings over)");
}

#[test]
fn parses_and_counts() {
    let r = parse_log(LOG);
    assert_eq!(r.len(), 6);
    assert_eq!(breach_count(&r, 21.0), 4);
}

#[test]
fn all_clear_and_single_breach() {
    let r = parse_log(LOG);
    assert_eq!(alert_message(&r, 40.0), "all clear");
    assert_eq!(first_breach(&r, 31.0), Some(4));
}

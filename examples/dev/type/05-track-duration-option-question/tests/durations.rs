use type_track_duration_option_question::*;

#[test]
fn parses_durations() {
    assert_eq!(parse_duration("3:07"), Some(187));
    assert_eq!(parse_duration("1:02:03"), Some(3723));
    assert_eq!(parse_duration("75:00"), Some(4500));
}

#[test]
fn rejects_bad_durations() {
    assert_eq!(parse_duration("x:07"), None);
    assert_eq!(parse_duration("3:7"), None);
    assert_eq!(parse_duration("3:60"), None);
    assert_eq!(parse_duration("1:60:00"), None);
    assert_eq!(parse_duration("-1:00"), None);
}

#[test]
fn totals_a_playlist() {
    let lines = ["Intro - 0:45", "Long Song - Part 2 - 12:30", "broken line", "Outro - 47:50"];
    assert_eq!(playlist_length(&lines), (3, "1:01:05".to_string()));
    assert_eq!(parse_track("Long Song - Part 2 - 12:30").unwrap().title, "Long Song - Part 2");
}

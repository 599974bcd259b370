use version_check_date_display::Date;

#[test]
fn more_round_trips() {
    for s in ["2000-12-31", "9999-12-31", "2021-07-30", "2010-03-23", "2001-11-09"] {
        assert_eq!(Date::parse(s).unwrap().to_string(), s);
    }
}

#[test]
fn range_limits() {
    assert!(Date::parse("2020-12-32").is_none());
    assert!(Date::parse("2020-11-31").is_some());
    assert!(Date::parse("0-01-01").is_none());
    assert!(Date::parse("2020-12-12 1").is_none());
    assert!(Date::from_ymd(2021, 7, 30) > Date::from_ymd(2021, 6, 30));
    assert!(Date::from_ymd(2021, 7, 30).at_most("2021-07-30"));
}

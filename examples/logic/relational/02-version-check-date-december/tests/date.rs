use version_check_date_december::Date;

#[test]
fn parses_and_displays() {
    for s in ["2019-05-08", "2000-01-01", "2090-12-31", "1999-02-19"] {
        assert_eq!(Date::parse(s).unwrap().to_string(), s);
    }
}

#[test]
fn accepts_december_and_the_31st() {
    assert!(Date::parse("2021-12-31").unwrap().exactly("2021-12-31"));
    assert!(Date::parse("2016-12-01").is_some());
}

#[test]
fn rejects_malformed_dates() {
    assert!(Date::parse("March 13, 2018").is_none());
    assert!(Date::parse("1-2-3-4-5").is_none());
    assert!(Date::parse("2020-13-01").is_none());
    assert!(Date::parse("2020-00-10").is_none());
}

#[test]
fn compares_dates() {
    let d = Date::parse("2020-01-01").unwrap();
    assert!(d.at_least("2019-12-31"));
    assert!(d.at_least("2020-01-01"));
    assert!(!d.at_least("2020-01-02"));
    assert!(d.at_most("2024-08-18"));
}

#[test]
fn from_ymd_truncates_day() {
    assert!(Date::from_ymd(2090, 1, 33).exactly("2090-01-01"));
}

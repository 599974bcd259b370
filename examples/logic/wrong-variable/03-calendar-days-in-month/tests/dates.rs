use calendar_math::calendar::is_leap;
use calendar_math::Date;

#[test]
fn leap_february_has_29_days() {
    assert!(Date::new(2024, 2, 29).is_some());
    assert_eq!(Date::new(2024, 2, 28).unwrap().add_days(2), Date::new(2024, 3, 1).unwrap());
}

#[test]
fn day_of_year_in_a_common_year() {
    assert_eq!(Date::new(2023, 3, 1).unwrap().day_of_year(), 60);
}

#[test]
fn month_and_year_rollover() {
    assert_eq!(Date::new(2023, 12, 30).unwrap().add_days(3), Date::new(2024, 1, 2).unwrap());
    assert_eq!(Date::new(2023, 4, 31), None);
    assert!(is_leap(2000) && !is_leap(1900));
}

use calendar_math::Date;

#[test]
fn februaries() {
    assert_eq!(Date::new(2023, 2, 29), None);
    assert_eq!(Date::new(1900, 2, 29), None);
    assert!(Date::new(2000, 2, 29).is_some());
    assert_eq!(Date::new(2024, 12, 31).unwrap().day_of_year(), 366);
    assert_eq!(Date::new(2023, 12, 31).unwrap().day_of_year(), 365);
    assert_eq!(Date::new(2023, 1, 31).unwrap().add_days(29), Date::new(2023, 3, 1).unwrap());
}

use move_course_roster_shared_self::Course;

#[test]
fn waitlist_promotion() {
    let mut c = Course::new("Algebra", 2);
    assert!(c.enrol("Ana"));
    assert!(c.enrol("Ben"));
    assert!(!c.enrol("Cleo"));
    assert_eq!(c.summary(), "Algebra: 2/2 (1 waiting)");
    assert_eq!(c.withdraw("Ana"), Some("Cleo".to_string()));
    assert_eq!(c.initials(), "BC");
    assert_eq!(c.withdraw("Ben"), None);
    assert_eq!(c.summary(), "Algebra: 1/2 (0 waiting)");
}

#[test]
fn accessors_do_not_consume() {
    let mut c = Course::new("Poetry", 3);
    c.enrol("Dee");
    c.enrol("eve");
    assert_eq!(c.title(), "Poetry");
    assert_eq!(c.title(), "Poetry");
    assert_eq!(c.initials(), "De");
    assert_eq!(c.initials(), "De");
    assert_eq!(c.withdraw("nobody"), None);
}

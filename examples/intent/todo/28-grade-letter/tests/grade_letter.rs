use intent_grade_letter::grade;

#[test]
fn bands() {
    assert_eq!(grade(95), 'A');
    assert_eq!(grade(80), 'B');
    assert_eq!(grade(79), 'C');
    assert_eq!(grade(60), 'D');
    assert_eq!(grade(12), 'F');
}

use lint_grade_book::report::{failing, render};
use lint_grade_book::stats::average;
use lint_grade_book::GradeBook;

#[test]
fn drops_lowest_of_three_or_more() {
    let three = Vec::from([50, 90, 100]);
    let two = Vec::from([70, 80]);
    assert_eq!(average(&three), Some(95.0));
    assert_eq!(average(&two), Some(75.0));
    assert_eq!(average(&Vec::new()), None);
}

#[test]
fn renders_sorted_report() {
    let mut book = GradeBook::default();
    for (who, s) in [("zoe", 88), ("adam", 40), ("zoe", 95), ("adam", 55), ("zoe", 120)] {
        book.record(who, s);
    }
    assert_eq!(render(&book), "adam: 47.5 F\nzoe: 97.5 A\n");
    assert_eq!(failing(&book), vec!["adam".to_string()]);
}

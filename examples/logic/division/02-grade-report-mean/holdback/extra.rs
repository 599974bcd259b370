use grade_report::report::{class_mean, summary, Student};
use grade_report::stats::mean;

#[test]
fn fractional_means() {
    assert!((mean(&[1, 2, 2]) - 5.0 / 3.0).abs() < 1e-12);
    assert_eq!(mean(&[7]), 7.0);
    let class = [Student::new("A", &[1]), Student::new("B", &[2])];
    assert_eq!(class_mean(&class), 1.5);
    assert_eq!(summary(&Student::new("Z", &[99, 100, 100])), "Z: mean 99.7, median 100.0");
}

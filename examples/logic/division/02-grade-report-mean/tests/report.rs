use grade_report::report::{class_mean, honour_roll, summary, Student};
use grade_report::stats::median;

#[test]
fn summary_shows_mean_and_median() {
    let s = Student::new("Ada", &[80, 89]);
    assert_eq!(summary(&s), "Ada: mean 84.5, median 84.5");
}

#[test]
fn honour_roll_uses_exact_means() {
    let class = [Student::new("Ada", &[90, 89]), Student::new("Bo", &[70, 71]), Student::new("Cy", &[100])];
    assert_eq!(honour_roll(&class, 89.5), vec!["Ada", "Cy"]);
}

#[test]
fn median_of_odd_and_even_counts() {
    assert_eq!(median(&[5, 1, 3]), 3.0);
    assert_eq!(median(&[4, 1, 3, 2]), 2.5);
    assert_eq!(median(&[]), 0.0);
}

#[test]
fn whole_number_class_mean() {
    let class = [Student::new("Ada", &[90, 70]), Student::new("Bo", &[80])];
    assert_eq!(class_mean(&class), 80.0);
    assert_eq!(class_mean(&[]), 0.0);
}

use mutability_exam_grades_summary::{histogram, letter, summarize, Summary};

#[test]
fn letters() {
    assert_eq!(letter(90.0), 'A');
    assert_eq!(letter(89.9), 'B');
    assert_eq!(letter(12.0), 'F');
}

#[test]
fn summarises() {
    let s = summarize(&[72.0, 95.0, 58.0, 81.0, 64.0, 90.0]).unwrap();
    assert_eq!(s, Summary { mean: 460.0 / 6.0, median: 76.5, grades: [2, 1, 1, 1, 1] });
    assert_eq!(summarize(&[70.0, 50.0, 100.0]).unwrap().median, 70.0);
    assert_eq!(summarize(&[]), None);
}

#[test]
fn draws_histogram() {
    let s = summarize(&[91.0, 85.5, 88.0, 42.0]).unwrap();
    assert_eq!(histogram(&s), "A | # 1\nB | ## 2\nC |  0\nD |  0\nF | # 1");
}

use lint_issue_labels_or_insert_with::{busiest_label, by_label, label_summary, singleton_labels, Issue};

fn issue(number: u32, labels: &[&str]) -> Issue {
    Issue { number, labels: labels.iter().map(|l| l.to_string()).collect() }
}

#[test]
fn groups_issues() {
    let issues = vec![issue(1, &["Bug"]), issue(2, &[]), issue(3, &["bug", "ui"]), issue(4, &["UI"])];
    let groups = by_label(&issues);
    assert_eq!(groups["bug"], vec![1, 3]);
    assert_eq!(groups["triage"], vec![2]);
    assert_eq!(groups["ui"], vec![3, 4]);
    assert_eq!(busiest_label(&issues), Some(("bug".to_string(), 2)));
    assert_eq!(busiest_label(&[]), None);
}

#[test]
fn summarises_labels() {
    let issues = vec![issue(7, &["docs"]), issue(8, &["Docs", "bgu"]), issue(9, &[])];
    assert_eq!(label_summary(&issues), "bgu: #8\ndocs: #7 #8\ntriage: #9");
    assert_eq!(singleton_labels(&issues), vec!["bgu", "triage"]);
}

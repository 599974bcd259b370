use d4_receiver_01_report_self_by_value::{digest::*, report::Report};

#[test]
fn digests() {
    let r = Report { title: "q1".into(), lines: vec!["a".into(), "b".into()] };
    assert_eq!(headline(&r), "Q1: 2 LINE(S)");
    assert_eq!(digest(std::slice::from_ref(&r)), vec!["q1: 2 line(s)".to_string()]);
    assert_eq!(both(r), ("q1: 2 line(s)".to_string(), 2));
}

use borrow_timer_queue_peek_then_pop::Scheduler;

#[test]
fn runs_due_jobs_in_time_then_id_order() {
    let mut s = Scheduler::default();
    s.schedule("backup", 30);
    s.schedule("email", 10);
    s.schedule("report", 10);
    s.schedule("cleanup", 50);
    assert_eq!(s.pop_due(5), None);
    assert_eq!(s.run_until(30), vec!["email", "report", "backup"]);
    assert_eq!(s.run_until(40), Vec::<String>::new());
    assert_eq!(s.pop_due(50), Some("cleanup".to_string()));
}

#[test]
fn cancelled_jobs_are_skipped() {
    let mut s = Scheduler::default();
    let a = s.schedule("a", 1);
    s.schedule("b", 2);
    assert!(s.cancel(a));
    assert!(!s.cancel(a));
    assert_eq!(s.pop_due(10), Some("b".to_string()));
    assert_eq!(s.pop_due(10), None);
}

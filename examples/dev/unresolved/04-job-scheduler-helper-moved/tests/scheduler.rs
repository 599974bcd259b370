use unresolved_job_scheduler_helper_moved::scheduler::Scheduler;

#[test]
fn priority_then_deadline() {
    let mut s = Scheduler::default();
    s.submit(1, 3, 500);
    s.submit(2, 7, 900);
    s.submit(3, 7, 100);
    s.submit(4, 0, 50);
    assert_eq!(s.drain_order(), vec![3, 2, 1, 4]);
}

#[test]
fn clamps_priorities() {
    let mut s = Scheduler::default();
    s.submit(1, 9, 10);
    s.submit(2, 42, 5);
    s.submit(3, -4, 1);
    s.submit(4, 0, 2);
    let first = s.pop_next().unwrap();
    assert_eq!((first.id, first.priority), (2, 9));
    assert_eq!(s.drain_order(), vec![1, 3, 4]);
}

use type_job_queue_missing_field::{JobQueue, Outcome};

#[test]
fn priority_then_age() {
    let mut q = JobQueue::new(3);
    q.submit("low", 1);
    let a = q.submit("high-a", 5);
    q.submit("high-b", 5);
    let job = q.take().unwrap();
    assert_eq!(job.id, a);
    assert_eq!(job.label(), "#2 high-a (p5, try 1)");
    assert_eq!(q.pending(), 2);
}

#[test]
fn failing_job_is_retried_then_dead_lettered() {
    let mut q = JobQueue::new(2);
    q.submit("flaky", 1);
    let first = q.take().unwrap();
    q.finish(first, Outcome::Failed);
    assert_eq!(q.pending(), 1);
    let second = q.take().unwrap();
    assert_eq!(second.attempts, 2);
    q.finish(second, Outcome::Failed);
    assert_eq!(q.pending(), 0);
    assert_eq!(q.dead_letters().len(), 1);
    assert!(q.take().is_none());
}

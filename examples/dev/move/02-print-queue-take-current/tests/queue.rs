use move_print_queue_take_current::{Job, PrintQueue};

fn job(id: u32, pages: usize) -> Job {
    Job { id, pages: (0..pages).map(|p| format!("page {p}")).collect() }
}

#[test]
fn prints_in_order() {
    let mut q = PrintQueue::default();
    q.submit(job(1, 2));
    q.submit(job(2, 5));
    q.submit(job(3, 1));
    assert_eq!(q.current_id(), Some(1));
    assert_eq!(q.finish_current().map(|j| j.id), Some(1));
    assert_eq!(q.current_id(), Some(2));
    q.finish_current();
    q.finish_current();
    assert_eq!(q.current_id(), None);
    assert_eq!(q.pages_printed(), 8);
}

#[test]
fn finishing_an_idle_queue_does_nothing() {
    let mut q = PrintQueue::default();
    assert!(q.finish_current().is_none());
    q.submit(job(7, 3));
    assert_eq!(q.finish_current(), Some(&job(7, 3)));
    assert!(q.finish_current().is_none());
    assert_eq!(q.pages_printed(), 3);
}

use crate::queue::Queue;

pub fn nightly() -> Queue {
    let mut q = Queue::default();
    q.enqueue("backup");
    q.enqueue("vacuum");
    q.enqueue("report");
    q
}

pub fn retry(q: &mut Queue, failed: &[&str]) {
    for job in failed {
        q.enqueue(job);
    }
}

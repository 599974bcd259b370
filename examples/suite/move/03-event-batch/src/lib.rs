//! Dispatch a batch of timed events in order.

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub at: u64,
    pub name: String,
    pub payload: Option<String>,
}

#[derive(Debug)]
pub struct BatchReport {
    pub first_received: Option<String>,
    pub dispatched: Vec<String>,
    pub dropped: usize,
}

fn format_event(e: &Event) -> String {
    match &e.payload {
        Some(p) => format!("{}@{}: {}", e.name, e.at, p),
        None => format!("{}@{}", e.name, e.at),
    }
}

/// Sort by time and render every event; events named "noop" are dropped.
fn dispatch_all(events: Vec<Event>) -> (Vec<String>, usize) {
    events.sort_by_key(|e| e.at);
    let mut out = Vec::with_capacity(events.len());
    let mut dropped = 0;
    for e in events {
        if e.name == "noop" {
            dropped += 1;
            continue;
        }
        out.push(format_event(&e));
    }
    (out, dropped)
}

pub fn run_batch(events: Vec<Event>) -> BatchReport {
    let first = events.first();
    let (dispatched, dropped) = dispatch_all(events);
    BatchReport {
        first_received: first.map(|e| e.name.clone()),
        dispatched,
        dropped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(at: u64, name: &str, payload: Option<&str>) -> Event {
        Event { at, name: name.into(), payload: payload.map(String::from) }
    }

    #[test]
    fn dispatches_in_time_order() {
        let report = run_batch(vec![
            ev(30, "save", None),
            ev(10, "open", Some("a.txt")),
            ev(20, "noop", None),
        ]);
        assert_eq!(report.first_received.as_deref(), Some("save"));
        assert_eq!(report.dispatched, vec!["open@10: a.txt", "save@30"]);
        assert_eq!(report.dropped, 1);
    }

    #[test]
    fn empty_batch() {
        let report = run_batch(Vec::new());
        assert_eq!(report.first_received, None);
        assert!(report.dispatched.is_empty());
    }
}

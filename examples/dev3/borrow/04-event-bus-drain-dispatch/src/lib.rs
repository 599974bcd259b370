use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    OrderPlaced(u32),
    OrderShipped(u32),
    EmailSent(String),
}

#[derive(Default)]
pub struct EventBus {
    queue: Vec<Event>,
    counts: HashMap<&'static str, u32>,
    log: Vec<String>,
}

impl EventBus {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn publish(&mut self, event: Event) {
        self.queue.push(event);
    }

    fn dispatch(&mut self, event: Event) {
        let kind = match &event {
            Event::OrderPlaced(_) => "placed",
            Event::OrderShipped(_) => "shipped",
            Event::EmailSent(_) => "email",
        };
        *self.counts.entry(kind).or_insert(0) += 1;
        self.log.push(format!("{:?}", event));
        if let Event::OrderShipped(id) = event {
            // follow-up events are handled on the next flush
            self.queue.push(Event::EmailSent(format!("order {} shipped", id)));
        }
    }

    /// Handles every queued event and returns how many were handled.
    pub fn flush(&mut self) -> usize {
        let mut handled = 0;
        for event in self.queue.drain(..) {
            self.dispatch(event);
            handled += 1;
        }
        handled
    }

    pub fn count(&self, kind: &str) -> u32 {
        self.counts.get(kind).copied().unwrap_or(0)
    }

    pub fn log(&self) -> &[String] {
        &self.log
    }
}

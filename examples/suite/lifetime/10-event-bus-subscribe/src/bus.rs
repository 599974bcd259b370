use crate::handler::{Event, Handler};

#[derive(Default)]
pub struct Bus {
    handlers: Vec<(String, Box<dyn Handler>)>,
}

fn topic_matches(pattern: &str, topic: &str) -> bool {
    match pattern.strip_suffix(".*") {
        Some(prefix) => topic.starts_with(prefix) && topic[prefix.len()..].starts_with('.'),
        None => pattern == topic,
    }
}

impl Bus {
    /// Register a handler for a topic; `ui.*` matches every `ui.` sub-topic.
    pub fn subscribe<H: Handler>(&mut self, pattern: &str, handler: H) {
        self.handlers.push((pattern.to_string(), Box::new(handler)));
    }

    /// Deliver an event to every matching handler, collecting their replies.
    pub fn publish(&mut self, topic: &str, payload: &str) -> Vec<String> {
        let event = Event { topic: topic.to_string(), payload: payload.to_string() };
        self.handlers
            .iter_mut()
            .filter(|(pattern, _)| topic_matches(pattern, topic))
            .filter_map(|(_, handler)| handler.handle(&event))
            .collect()
    }

    pub fn subscriber_count(&self) -> usize {
        self.handlers.len()
    }
}

//! A chat room event bus: handlers subscribe to topics and turn events into notifications.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Presence,
    Messages,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Joined(String),
    Left(String),
    Posted { user: String, text: String },
}

impl Event {
    pub fn topic(&self) -> Topic {
        match self {
            Event::Joined(_) | Event::Left(_) => Topic::Presence,
            Event::Posted { .. } => Topic::Messages,
        }
    }
}

type Handler = Box<dyn Fn(&Event) -> Option<String>>;

#[derive(Default)]
pub struct Bus {
    handlers: Vec<(Topic, Handler)>,
}

impl Bus {
    pub fn subscribe<F>(&mut self, topic: Topic, handler: F)
    where
        F: Fn(&Event) -> Option<String>,
    {
        self.handlers.push((topic, Box::new(handler)));
    }

    /// Notifications from every handler subscribed to the event's topic, in order.
    pub fn publish(&self, event: &Event) -> Vec<String> {
        self.handlers
            .iter()
            .filter(|(topic, _)| *topic == event.topic())
            .filter_map(|(_, handler)| handler(event))
            .collect()
    }
}

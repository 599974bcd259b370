#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub topic: String,
    pub payload: String,
}

/// Something that reacts to events; may answer with a reply message.
pub trait Handler {
    fn handle(&mut self, event: &Event) -> Option<String>;
}

impl<F> Handler for F
where
    F: FnMut(&Event) -> Option<String>,
{
    fn handle(&mut self, event: &Event) -> Option<String> {
        self(event)
    }
}

/// Records every payload it sees; handy in tests and for audit logs.
#[derive(Default)]
pub struct Recorder {
    pub seen: Vec<String>,
}

impl Handler for Recorder {
    fn handle(&mut self, event: &Event) -> Option<String> {
        self.seen.push(event.payload.clone());
        None
    }
}

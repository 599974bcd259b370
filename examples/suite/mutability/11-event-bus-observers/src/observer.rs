#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub kind: String,
    pub detail: String,
}

pub trait Observer {
    fn notify(&mut self, event: &Event);
    fn report(&self) -> String;
}

#[derive(Default)]
pub struct Counter {
    seen: usize,
}

impl Observer for Counter {
    fn notify(&mut self, _event: &Event) {
        self.seen += 1;
    }

    fn report(&self) -> String {
        format!("{} events", self.seen)
    }
}

pub struct KindFilter {
    kind: String,
    details: Vec<String>,
}

impl KindFilter {
    pub fn new(kind: &str) -> Self {
        KindFilter { kind: kind.to_string(), details: Vec::new() }
    }
}

impl Observer for KindFilter {
    fn notify(&mut self, event: &Event) {
        if event.kind == self.kind {
            self.details.push(event.detail.clone());
        }
    }

    fn report(&self) -> String {
        format!("{}: {}", self.kind, self.details.join("; "))
    }
}

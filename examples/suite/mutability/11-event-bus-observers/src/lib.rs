//! Publish/subscribe bus with stateful observers.
pub mod observer;

use observer::{Event, Observer};

#[derive(Default)]
pub struct Bus {
    observers: Vec<Box<dyn Observer>>,
    published: usize,
}

impl Bus {
    pub fn subscribe(&mut self, observer: Box<dyn Observer>) {
        self.observers.push(observer);
    }

    pub fn publish(&mut self, event: Event) {
        self.published += 1;
        for o in &self.observers {
            o.notify(&event);
        }
    }

    pub fn published(&self) -> usize {
        self.published
    }

    pub fn reports(&self) -> Vec<String> {
        self.observers.iter().map(|o| o.report()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::observer::{Counter, KindFilter};
    use super::*;

    fn ev(kind: &str, detail: &str) -> Event {
        Event { kind: kind.to_string(), detail: detail.to_string() }
    }

    #[test]
    fn observers_see_events() {
        let mut bus = Bus::default();
        bus.subscribe(Box::new(Counter::default()));
        bus.subscribe(Box::new(KindFilter::new("error")));
        bus.publish(ev("info", "boot"));
        bus.publish(ev("error", "disk full"));
        bus.publish(ev("error", "retry failed"));
        assert_eq!(bus.published(), 3);
        assert_eq!(
            bus.reports(),
            vec!["3 events", "error: disk full; retry failed"]
        );
    }

    #[test]
    fn no_observers() {
        let mut bus = Bus::default();
        bus.publish(ev("x", "y"));
        assert!(bus.reports().is_empty());
    }
}

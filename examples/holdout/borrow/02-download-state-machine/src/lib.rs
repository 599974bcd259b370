//! Lifecycle of a single download job, driven by events from the network layer.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Queued,
    Downloading { pct: u8 },
    Paused { pct: u8 },
    Done,
    Failed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Start,
    Progress(u8),
    Pause,
    Resume,
    Error,
}

pub struct Download {
    url: String,
    state: State,
    log: Vec<String>,
}

impl Download {
    pub fn new(url: &str) -> Self {
        Download { url: url.to_string(), state: State::Queued, log: Vec::new() }
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn history(&self) -> &[String] {
        &self.log
    }

    fn next_state(&self, ev: Event) -> Result<State, String> {
        let next = match (self.state, ev) {
            (State::Queued, Event::Start) => State::Downloading { pct: 0 },
            (State::Downloading { .. }, Event::Progress(p)) if p >= 100 => State::Done,
            (State::Downloading { .. }, Event::Progress(p)) => State::Downloading { pct: p },
            (State::Downloading { pct }, Event::Pause) => State::Paused { pct },
            (State::Paused { pct }, Event::Resume) => State::Downloading { pct },
            (State::Downloading { .. } | State::Paused { .. }, Event::Error) => State::Failed,
            (s, e) => return Err(format!("{}: {:?} is not valid in {:?}", self.url, e, s)),
        };
        Ok(next)
    }

    /// Apply an event; on success the transition is recorded in the history.
    pub fn handle(&mut self, ev: Event) -> Result<State, String> {
        let prev = &self.state;
        let next = self.next_state(ev)?;
        self.state = next;
        self.log.push(format!("{:?} -> {:?}", prev, next));
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pause_resume_and_finish() {
        let mut d = Download::new("https://example.org/a.iso");
        d.handle(Event::Start).unwrap();
        d.handle(Event::Progress(40)).unwrap();
        assert_eq!(d.handle(Event::Pause).unwrap(), State::Paused { pct: 40 });
        assert_eq!(d.handle(Event::Resume).unwrap(), State::Downloading { pct: 40 });
        assert_eq!(d.handle(Event::Progress(100)).unwrap(), State::Done);
        assert_eq!(d.history().len(), 5);
        assert_eq!(d.history()[2], "Downloading { pct: 40 } -> Paused { pct: 40 }");
    }

    #[test]
    fn invalid_event_keeps_state() {
        let mut d = Download::new("u");
        let err = d.handle(Event::Pause).unwrap_err();
        assert!(err.contains("Pause"));
        assert_eq!(d.state(), State::Queued);
        assert!(d.history().is_empty());
    }
}

//! Connection lifecycle state machine with a transition log.

#[derive(Debug, Clone, Copy)]
pub enum State {
    Idle,
    Connecting,
    Open,
    Closing,
    Closed,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Event {
    Dial,
    Established,
    Hangup,
    Finished,
    Timeout,
}

#[derive(Debug, PartialEq)]
pub struct Transition {
    pub from: State,
    pub to: State,
    pub reason: String,
}

#[derive(Debug)]
pub struct Connection {
    state: State,
    log: Vec<Transition>,
}

impl Default for Connection {
    fn default() -> Self {
        Connection { state: State::Idle, log: Vec::new() }
    }
}

impl Connection {
    pub fn state(&self) -> State {
        self.state
    }

    /// Apply an event; returns false (and stays put) when it is not valid here.
    pub fn handle(&mut self, event: Event) -> bool {
        if self.state == State::Closed {
            return false;
        }
        let next = match (self.state, event) {
            (State::Idle, Event::Dial) => State::Connecting,
            (State::Connecting, Event::Established) => State::Open,
            (State::Connecting, Event::Timeout) => State::Idle,
            (State::Open, Event::Hangup) => State::Closing,
            (State::Closing, Event::Finished) | (_, Event::Timeout) => State::Closed,
            _ => return false,
        };
        self.log.push(Transition {
            from: self.state,
            to: next,
            reason: format!("{:?}", event),
        });
        self.state = next;
        true
    }

    /// The most recent transition, if any.
    pub fn last_transition(&self) -> Option<Transition> {
        let n = self.log.len();
        if n == 0 {
            return None;
        }
        Some(self.log[n - 1].clone())
    }

    pub fn transitions(&self) -> usize {
        self.log.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn happy_path() {
        let mut c = Connection::default();
        for e in [Event::Dial, Event::Established, Event::Hangup, Event::Finished] {
            assert!(c.handle(e));
        }
        assert_eq!(c.state(), State::Closed);
        assert!(!c.handle(Event::Dial));
        assert_eq!(c.transitions(), 4);
    }

    #[test]
    fn timeout_while_connecting_goes_back_to_idle() {
        let mut c = Connection::default();
        assert!(c.last_transition().is_none());
        c.handle(Event::Dial);
        assert!(!c.handle(Event::Hangup));
        assert!(c.handle(Event::Timeout));
        assert_eq!(
            c.last_transition(),
            Some(Transition { from: State::Connecting, to: State::Idle, reason: "Timeout".into() })
        );
    }
}

//! Connection state machine with bounded reconnect attempts.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Idle,
    Connecting { attempt: u32 },
    Connected,
    Backoff(u32),
    Failed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Dial,
    Success,
    Error,
    TimerFired,
    Hangup,
}

pub const MAX_ATTEMPTS: u32 = 3;

pub fn step(state: State, event: Event) -> State {
    use Event::*;
    use State::*;
    match (state, event) {
        (Idle, Dial) => Connecting { attempt: 1 },
        (Connecting { .. }, Success) => Connected,
        (Connecting { attempt }, Error) if attempt >= MAX_ATTEMPTS => Failed,
        (Connecting { attempt }, Error) => Backoff(attempt),
        (BackOff(attempt), TimerFired) => Connecting { attempt: attempt + 1 },
        (Backoff(_), Hangup) | (Connected, Hangup) => Idle,
        (Connected, Error) => Backoff(0),
        (Failed, Dial) => Connecting { attempt: 1 },
        (s, _) => s,
    }
}

/// Run a sequence of events from `Idle`, returning every visited state.
pub fn trace(events: &[Event]) -> Vec<State> {
    let mut state = State::Idle;
    let mut seen = vec![state];
    for &e in events {
        state = step(state, e);
        seen.push(state);
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use Event::*;

    #[test]
    fn gives_up_after_max_attempts() {
        let t = trace(&[Dial, Error, TimerFired, Error, TimerFired, Error]);
        assert_eq!(t[2], State::Backoff(1));
        assert_eq!(t[3], State::Connecting { attempt: 2 });
        assert_eq!(*t.last().unwrap(), State::Failed);
    }

    #[test]
    fn connects_and_hangs_up() {
        let t = trace(&[Dial, Success, Error, TimerFired, Success, Hangup]);
        assert_eq!(t[2], State::Connected);
        assert_eq!(t[3], State::Backoff(0));
        assert_eq!(t[4], State::Connecting { attempt: 1 });
        assert_eq!(*t.last().unwrap(), State::Idle);
        assert_eq!(step(State::Idle, TimerFired), State::Idle);
    }
}

//! State machine for an automatic door controller.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Closed,
    Opening,
    Open,
    Closing,
    Locked,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Sensor,
    FullyOpen,
    Timeout,
    FullyClosed,
    Lock,
    Unlock,
}

pub struct Door {
    state: State,
    transitions: u32,
    history: Vec<State>,
}

impl Default for Door {
    fn default() -> Self {
        Self::new()
    }
}

impl Door {
    pub fn new() -> Self {
        Door {
            state: State::Closed,
            transitions: 0,
            history: vec![State::Closed],
        }
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn transitions(&self) -> u32 {
        self.transitions
    }

    pub fn history(&self) -> &[State] {
        &self.history
    }

    pub fn handle(&mut self, event: Event) -> Result<State, String> {
        let state = &mut self.state;
        let next = match (self.state, event) {
            (State::Closed, Event::Sensor) => State::Opening,
            (State::Closed, Event::Lock) => State::Locked,
            (State::Locked, Event::Unlock) => State::Closed,
            (State::Opening, Event::FullyOpen) => State::Open,
            (State::Open, Event::Sensor) => State::Open,
            (State::Open, Event::Timeout) => State::Closing,
            (State::Closing, Event::Sensor) => State::Opening,
            (State::Closing, Event::FullyClosed) => State::Closed,
            (s, e) => return Err(format!("{e:?} is not valid while {s:?}")),
        };
        if next != *state {
            self.transitions += 1;
            self.history.push(next);
        }
        *state = next;
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_cycle_with_reopen() {
        let mut door = Door::new();
        for e in [Event::Sensor, Event::FullyOpen, Event::Sensor, Event::Timeout, Event::Sensor] {
            door.handle(e).unwrap();
        }
        assert_eq!(door.state(), State::Opening);
        assert_eq!(door.transitions(), 4);
        assert_eq!(
            door.history(),
            [State::Closed, State::Opening, State::Open, State::Closing, State::Opening]
        );
    }

    #[test]
    fn locked_door_rejects_sensor() {
        let mut door = Door::new();
        assert_eq!(door.handle(Event::Lock), Ok(State::Locked));
        assert!(door.handle(Event::Sensor).is_err());
        assert_eq!(door.state(), State::Locked);
        assert_eq!(door.handle(Event::Unlock), Ok(State::Closed));
    }
}

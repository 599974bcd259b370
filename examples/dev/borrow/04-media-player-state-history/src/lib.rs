//! A media player state machine that records every transition.

#[derive(Debug, Clone, PartialEq)]
pub enum State {
    Stopped,
    Playing { track: String },
    Paused { track: String, at_secs: u32 },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Play(String),
    Pause(u32),
    Resume,
    Stop,
}

#[derive(Debug)]
pub struct Player {
    pub state: State,
    pub history: Vec<String>,
}

impl Default for Player {
    fn default() -> Self {
        Player { state: State::Stopped, history: Vec::new() }
    }
}

fn name(state: &State) -> String {
    match state {
        State::Stopped => "stopped".to_string(),
        State::Playing { track } => format!("playing {track}"),
        State::Paused { track, at_secs } => format!("paused {track}@{at_secs}"),
    }
}

impl Player {
    fn next_state(&self, command: Command) -> Result<State, String> {
        match (&self.state, command) {
            (_, Command::Play(track)) => Ok(State::Playing { track }),
            (State::Playing { track }, Command::Pause(at_secs)) => {
                Ok(State::Paused { track: track.clone(), at_secs })
            }
            (State::Paused { track, .. }, Command::Resume) => Ok(State::Playing { track: track.clone() }),
            (State::Stopped, Command::Stop) => Err("already stopped".to_string()),
            (_, Command::Stop) => Ok(State::Stopped),
            (state, command) => Err(format!("cannot {command:?} while {}", name(state))),
        }
    }

    pub fn handle(&mut self, command: Command) -> Result<(), String> {
        let next = self.next_state(command)?;
        let previous = &self.state;
        self.state = next;
        self.history.push(format!("{} -> {}", name(previous), name(&self.state)));
        Ok(())
    }
}

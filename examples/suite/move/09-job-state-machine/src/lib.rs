//! A worker that runs one job at a time through a small state machine.

#[derive(Debug, Clone, PartialEq)]
pub enum State {
    Idle,
    Running { job: String, progress: u8 },
    Done(String),
}

#[derive(Debug)]
pub struct Worker {
    state: State,
    completed: Vec<String>,
}

impl Default for Worker {
    fn default() -> Self {
        Worker { state: State::Idle, completed: Vec::new() }
    }
}

impl Worker {
    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn start(&mut self, job: &str) -> Result<(), String> {
        match &self.state {
            State::Running { job: current, .. } => Err(format!("busy with {current}")),
            _ => {
                self.state = State::Running { job: job.to_string(), progress: 0 };
                Ok(())
            }
        }
    }

    /// Add `pct` percent of progress; a job reaching 100 becomes Done.
    pub fn advance(&mut self, pct: u8) {
        self.state = match self.state {
            State::Running { job, progress } if progress.saturating_add(pct) >= 100 => {
                self.completed.push(job.clone());
                State::Done(job)
            }
            State::Running { job, progress } => State::Running { job, progress: progress + pct },
            other => other,
        };
    }

    pub fn completed(&self) -> &[String] {
        &self.completed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_runs_to_completion() {
        let mut w = Worker::default();
        w.start("backup").unwrap();
        w.advance(60);
        assert_eq!(w.state(), &State::Running { job: "backup".into(), progress: 60 });
        assert!(w.start("other").is_err());
        w.advance(60);
        assert_eq!(w.state(), &State::Done("backup".into()));
        assert_eq!(w.completed(), ["backup".to_string()]);
    }

    #[test]
    fn advance_when_idle_is_noop() {
        let mut w = Worker::default();
        w.advance(10);
        assert_eq!(w.state(), &State::Idle);
        w.start("a").unwrap();
        w.advance(100);
        w.start("b").unwrap();
        w.advance(100);
        assert_eq!(w.completed(), ["a".to_string(), "b".to_string()]);
    }
}

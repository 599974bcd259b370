//! A tiny retrying job runner. Jobs are simulated: a job fails its first
//! `fails_first` attempts and succeeds afterwards.
use std::collections::VecDeque;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub name: String,
    pub fails_first: u32,
    pub max_attempts: u32,
    pub attempts: u32,
}

impl Job {
    pub fn new(name: &str, fails_first: u32, max_attempts: u32) -> Self {
        Job { name: name.to_string(), fails_first, max_attempts, attempts: 0 }
    }

    /// Parse `name:fails_first:max_attempts`.
    pub fn parse(spec: &str) -> Result<Job, String> {
        let mut parts = spec.split(':');
        let name = parts.next().filter(|n| !n.is_empty()).ok_or("missing name")?;
        let mut num = |what: &str| -> Result<u32, String> {
            parts.next().ok_or(format!("missing {what}"))?.parse().map_err(|e| format!("{what}: {e}"))
        };
        let fails_first = num("fails")?;
        let max_attempts = num("max attempts")?;
        Ok(Job::new(name, fails_first, max_attempts))
    }
}

#[derive(Debug, Default)]
pub struct Runner {
    queue: VecDeque<Job>,
    pub done: Vec<Job>,
    pub dead: Vec<Job>,
    pub events: Vec<String>,
}

impl Runner {
    pub fn submit(&mut self, job: Job) {
        self.queue.push_back(job);
    }

    /// Run until the queue is empty; failed jobs go to the back of the queue.
    pub fn run(&mut self) {
        while let Some(mut job) = self.queue.pop_front() {
            job.attempts += 1;
            if job.attempts > job.fails_first {
                self.events.push(format!("ok {} ({} attempts)", job.name, job.attempts));
                self.done.push(job);
            } else if job.attempts >= job.max_attempts {
                self.dead.push(job);
                self.events.push(format!("giving up on {}", job.name));
            } else {
                self.events.push(format!("retry {}", job.name));
                self.queue.push_back(job);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_interleave_and_give_up() {
        let mut r = Runner::default();
        r.submit(Job::new("backup", 1, 3));
        r.submit(Job::new("mail", 5, 2));
        r.run();
        assert_eq!(
            r.events,
            ["retry backup", "retry mail", "ok backup (2 attempts)", "giving up on mail"]
        );
        assert_eq!(r.done[0].name, "backup");
        assert_eq!(r.dead, vec![Job { name: "mail".into(), fails_first: 5, max_attempts: 2, attempts: 2 }]);
    }

    #[test]
    fn parses_specs() {
        assert_eq!(Job::parse("sync:0:1"), Ok(Job::new("sync", 0, 1)));
        assert!(Job::parse("sync:x:1").is_err());
        assert!(Job::parse(":1:1").is_err());
    }
}

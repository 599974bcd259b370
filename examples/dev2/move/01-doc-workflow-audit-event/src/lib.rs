//! A document publishing workflow with an audit log of accepted events.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    Draft,
    InReview { reviewer: String },
    Published { url: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Submit { reviewer: String },
    Approve { url: String },
    Reject { reason: String },
}

impl Event {
    fn name(&self) -> &'static str {
        match self {
            Event::Submit { .. } => "submit",
            Event::Approve { .. } => "approve",
            Event::Reject { .. } => "reject",
        }
    }
}

#[derive(Debug)]
pub struct Workflow {
    pub state: State,
    pub audit: Vec<Event>,
}

impl Default for Workflow {
    fn default() -> Workflow {
        Workflow { state: State::Draft, audit: Vec::new() }
    }
}

impl Workflow {
    fn in_review(&self) -> bool {
        matches!(self.state, State::InReview { .. })
    }

    pub fn apply(&mut self, event: Event) -> Result<(), String> {
        let next = match event {
            Event::Submit { reviewer } if self.state == State::Draft => State::InReview { reviewer },
            Event::Approve { url } if self.in_review() => State::Published { url },
            Event::Reject { .. } if self.in_review() => State::Draft,
            _ => return Err(format!("cannot {} in state {:?}", event.name(), self.state)),
        };
        self.state = next;
        self.audit.push(event);
        Ok(())
    }
}

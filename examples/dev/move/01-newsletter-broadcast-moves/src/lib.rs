//! Queue a newsletter for every valid recipient.

#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    pub to: String,
    pub message: Message,
}

#[derive(Debug, Default)]
pub struct Outbox {
    pub queued: Vec<Envelope>,
}

impl Outbox {
    pub fn enqueue(&mut self, to: &str, message: Message) {
        self.queued.push(Envelope { to: to.to_string(), message });
    }
}

/// Queue `message` for each recipient that looks like an address; returns how many.
pub fn broadcast(outbox: &mut Outbox, recipients: &[String], message: Message) -> usize {
    let mut sent = 0;
    for to in recipients.iter().filter(|r| r.contains('@')) {
        outbox.enqueue(to, message);
        sent += 1;
    }
    sent
}

#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub subject: String,
    pub body: String,
    pub recipients: Vec<String>,
}

impl Draft {
    pub fn validate(&self) -> Result<(), String> {
        if self.subject.trim().is_empty() {
            return Err("missing subject".to_string());
        }
        if self.recipients.is_empty() {
            return Err("no recipients".to_string());
        }
        Ok(())
    }
}

pub fn send_draft(outbox: &mut Outbox, draft: Draft) -> Result<usize, String> {
    let message = Message { subject: draft.subject, body: draft.body };
    draft.validate()?;
    Ok(broadcast(outbox, &draft.recipients, message))
}

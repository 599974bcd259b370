//! Outgoing mail preparation.
pub mod recipients;

use recipients::canonical;

#[derive(Debug, PartialEq)]
pub struct Message {
    pub to: Vec<String>,
    pub subject: String,
}

impl Message {
    pub fn new(to: Vec<String>, subject: &str) -> Result<Self, String> {
        let to = canonical(to);
        if to.is_empty() {
            return Err("no valid recipients".to_string());
        }
        Ok(Message { to, subject: subject.trim().to_string() })
    }

    pub fn header(&self) -> String {
        format!("To: {}\r\nSubject: {}\r\n", self.to.join(", "), self.subject)
    }
}

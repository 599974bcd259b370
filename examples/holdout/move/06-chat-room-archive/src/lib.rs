//! Chat rooms with per-member inboxes; a closed room becomes an archive.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub from: String,
    pub body: String,
}

#[derive(Debug, Default)]
pub struct Member {
    pub name: String,
    pub inbox: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Room {
    topic: String,
    members: Vec<Member>,
    history: Vec<Message>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Archive {
    pub topic: String,
    pub member_count: usize,
    pub messages: Vec<Message>,
    pub last_author: Option<String>,
}

impl Room {
    pub fn new(topic: &str) -> Self {
        Room { topic: topic.to_string(), ..Default::default() }
    }

    pub fn join(&mut self, name: &str) {
        if !self.members.iter().any(|m| m.name == name) {
            self.members.push(Member { name: name.to_string(), inbox: Vec::new() });
        }
    }

    pub fn inbox(&self, name: &str) -> Option<&[String]> {
        self.members.iter().find(|m| m.name == name).map(|m| m.inbox.as_slice())
    }

    /// Deliver `body` to everybody except the sender; returns the number of recipients.
    pub fn post(&mut self, from: &str, body: String) -> Result<usize, String> {
        if !self.members.iter().any(|m| m.name == from) {
            return Err(format!("{from} is not in #{}", self.topic));
        }
        let mut delivered = 0;
        for member in self.members.iter_mut().filter(|m| m.name != from) {
            member.inbox.push(body);
            delivered += 1;
        }
        self.history.push(Message { from: from.to_string(), body });
        Ok(delivered)
    }

    pub fn close(self) -> Archive {
        let last = self.history.last();
        Archive {
            topic: self.topic,
            member_count: self.members.len(),
            messages: self.history,
            last_author: last.map(|m| m.from.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delivers_to_everyone_else() {
        let mut room = Room::new("rust");
        room.join("ann");
        room.join("bo");
        room.join("cy");
        assert_eq!(room.post("ann", "hi all".into()), Ok(2));
        assert_eq!(room.post("cy", "hey".into()), Ok(2));
        assert!(room.post("zed", "?".into()).is_err());
        assert_eq!(room.inbox("bo").unwrap(), ["hi all", "hey"]);
        assert_eq!(room.inbox("ann").unwrap(), ["hey"]);
    }

    #[test]
    fn close_keeps_history() {
        let mut room = Room::new("ops");
        room.join("ann");
        room.join("bo");
        room.post("bo", "deploying".into()).unwrap();
        room.post("ann", "ok".into()).unwrap();
        let archive = room.close();
        assert_eq!(archive.member_count, 2);
        assert_eq!(archive.last_author.as_deref(), Some("ann"));
        assert_eq!(archive.messages[0], Message { from: "bo".into(), body: "deploying".into() });
        assert_eq!(Room::new("empty").close().last_author, None);
    }
}

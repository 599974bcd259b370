pub mod rules {
    use std::collections::HashSet;

    /// Blocked addresses and whole domains (`@example.com`).
    #[derive(Default)]
    pub struct BlockList {
        addresses: HashSet<String>,
        domains: HashSet<String>,
    }

    impl BlockList {
        pub fn block(&mut self, entry: &str) {
            let entry = entry.trim().to_lowercase();
            match entry.strip_prefix('@') {
                Some(domain) => self.domains.insert(domain.to_string()),
                None => self.addresses.insert(entry),
            };
        }

        pub fn matches(&self, sender: &str) -> bool {
            let sender = sender.to_lowercase();
            let domain = sender.rsplit_once('@').map(|(_, d)| d).unwrap_or("");
            self.addresses.contains(&sender) || self.domains.contains(domain)
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub from: String,
    pub subject: String,
}

#[derive(Default)]
pub struct Inbox {
    pub blocklist: rules::BlockList,
    messages: Vec<Message>,
}

impl Inbox {
    pub fn receive(&mut self, from: &str, subject: &str) -> bool {
        if self.is_blocked(from) {
            return false;
        }
        self.messages.push(Message {
            from: from.to_string(),
            subject: subject.to_string(),
        });
        true
    }

    pub fn is_blocked(&self, sender: &str) -> bool {
        self.blocklist.matches(sender)
    }

    /// Drop already-delivered messages whose sender has since been blocked.
    pub fn purge(&mut self) -> usize {
        let before = self.messages.len();
        self.messages.retain(|m| !self.is_blocked(&m.from));
        before - self.messages.len()
    }

    pub fn subjects(&self) -> Vec<&str> {
        self.messages.iter().map(|m| m.subject.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocked_senders_are_rejected() {
        let mut inbox = Inbox::default();
        inbox.blocklist.block("@spam.example");
        assert!(!inbox.receive("deals@SPAM.example", "WIN"));
        assert!(inbox.receive("friend@mail.example", "lunch?"));
        assert_eq!(inbox.subjects(), ["lunch?"]);
    }

    #[test]
    fn purge_removes_newly_blocked() {
        let mut inbox = Inbox::default();
        inbox.receive("boss@work.example", "report");
        inbox.receive("news@letters.example", "weekly");
        inbox.receive("more@letters.example", "monthly");
        inbox.blocklist.block("@letters.example");
        inbox.blocklist.block(" Boss@Work.example ");
        assert_eq!(inbox.purge(), 3);
        assert!(inbox.subjects().is_empty());
        assert_eq!(inbox.purge(), 0);
    }
}

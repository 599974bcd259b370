pub trait Notifier {
    fn channel(&self) -> &str;

    fn send(&self, to: &str, body: &str) -> String;

    fn send_all<I>(&self, recipients: I, body: &str) -> Vec<String>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        recipients
            .into_iter()
            .map(|to| self.send(to.as_ref(), body))
            .collect()
    }
}

pub struct Email;
pub struct Sms {
    pub max_len: usize,
}

impl Notifier for Email {
    fn channel(&self) -> &str {
        "email"
    }

    fn send(&self, to: &str, body: &str) -> String {
        format!("mailto:{} {}", to, body)
    }
}

impl Notifier for Sms {
    fn channel(&self) -> &str {
        "sms"
    }

    fn send(&self, to: &str, body: &str) -> String {
        let body: String = body.chars().take(self.max_len).collect();
        format!("sms:{} {}", to, body)
    }
}

#[derive(Default)]
pub struct Dispatcher {
    channels: Vec<Box<dyn Notifier>>,
}

impl Dispatcher {
    pub fn register(&mut self, channel: Box<dyn Notifier>) {
        self.channels.push(channel);
    }

    pub fn broadcast(&self, to: &str, body: &str) -> Vec<String> {
        self.channels.iter().map(|c| c.send(to, body)).collect()
    }

    pub fn channels(&self) -> Vec<&str> {
        self.channels.iter().map(|c| c.channel()).collect()
    }
}

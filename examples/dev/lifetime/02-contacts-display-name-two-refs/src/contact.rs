#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub full_name: String,
    pub nickname: Option<String>,
    pub email: String,
}

impl Contact {
    pub fn new(full_name: &str, email: &str) -> Self {
        Contact { full_name: full_name.to_string(), nickname: None, email: email.to_string() }
    }

    pub fn with_nickname(mut self, nickname: &str) -> Self {
        self.nickname = Some(nickname.to_string());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: u32,
    pub username: String,
    pub email: String,
    pub active: bool,
}

impl Account {
    pub fn new(id: u32, username: &str, email: &str) -> Self {
        let username = username.trim().to_lowercase();
        let email = email.trim().to_lowercase();
        Account { id: id, username: username, email: email, active: true }
    }

    pub fn domain(&self) -> &str {
        self.email.rsplit_once('@').map_or("", |(_, d)| d)
    }
}

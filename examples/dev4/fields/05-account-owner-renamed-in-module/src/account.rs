pub struct Account {
    pub holder: String,
    pub balance: i64,
}

impl Account {
    pub fn open(holder: &str) -> Self {
        Account { holder: holder.to_string(), balance: 0 }
    }

    pub fn label(&self) -> String {
        format!("{} ({})", self.holder, self.balance)
    }
}

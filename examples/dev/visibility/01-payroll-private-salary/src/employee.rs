#[derive(Debug, Clone, PartialEq)]
pub struct Employee {
    pub name: String,
    pub team: String,
    salary_cents: u64,
}

impl Employee {
    pub fn new(name: &str, team: &str, salary_cents: u64) -> Self {
        Employee { name: name.to_string(), team: team.to_string(), salary_cents }
    }

    pub fn salary_cents(&self) -> u64 {
        self.salary_cents
    }

    pub fn give_raise(&mut self, percent: u64) {
        self.salary_cents += self.salary_cents * percent / 100;
    }

    /// Twelve payments a year; the remainder goes into the last one.
    fn monthly_cents(&self) -> u64 {
        self.salary_cents / 12
    }
}

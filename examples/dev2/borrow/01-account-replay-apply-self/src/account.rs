use crate::event::Event;

#[derive(Debug, Default)]
pub struct Account {
    events: Vec<Event>,
    pub owner: String,
    pub balance: u64,
    pub open: bool,
}

impl Account {
    pub fn from_events(events: Vec<Event>) -> Account {
        let mut account = Account { events, ..Account::default() };
        account.rebuild();
        account
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    fn validate(&self, event: &Event) -> Result<(), String> {
        match event {
            Event::Opened { .. } if self.open => Err("already open".to_string()),
            Event::Opened { .. } => Ok(()),
            _ if !self.open => Err("account is not open".to_string()),
            Event::Withdrawn(n) if *n > self.balance => Err("insufficient funds".to_string()),
            Event::Closed if self.balance > 0 => Err("balance must be zero".to_string()),
            _ => Ok(()),
        }
    }

    fn apply(&mut self, event: &Event) {
        match event {
            Event::Opened { owner } => {
                self.owner = owner.clone();
                self.open = true;
            }
            Event::Deposited(n) => self.balance += n,
            Event::Withdrawn(n) => self.balance -= n,
            Event::Closed => self.open = false,
        }
    }

    /// Validate, apply and store a new event.
    pub fn record(&mut self, event: Event) -> Result<(), String> {
        self.validate(&event)?;
        self.apply(&event);
        self.events.push(event);
        Ok(())
    }

    /// Recompute the state from the stored events.
    pub fn rebuild(&mut self) {
        self.owner.clear();
        self.balance = 0;
        self.open = false;
        for event in self.events.iter() {
            self.apply(event);
        }
    }
}

use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Player {
    pub name: String,
    gold: u32,
    bag: BTreeMap<String, u32>,
}

impl Player {
    pub fn new(name: &str, gold: u32) -> Self {
        Player { name: name.to_string(), gold, ..Default::default() }
    }

    pub fn gold(&self) -> u32 {
        self.gold
    }

    pub fn count(&self, item: &str) -> u32 {
        self.bag.get(item).copied().unwrap_or(0)
    }

    fn earn(&mut self, amount: u32) {
        self.gold = self.gold.saturating_add(amount);
    }

    pub(crate) fn spend(&mut self, amount: u32) -> bool {
        if amount > self.gold {
            return false;
        }
        self.gold -= amount;
        true
    }

    pub(crate) fn stash(&mut self, item: &str, delta: i32) -> bool {
        let slot = self.bag.entry(item.to_string()).or_insert(0);
        match slot.checked_add_signed(delta) {
            Some(n) => {
                *slot = n;
                true
            }
            None => false,
        }
    }
}

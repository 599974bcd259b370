//! A small warehouse inventory, caught mid-refactor: it does not compile.
//! `make demo` lets Rusta fix it and proves the fix with the tests in tests/.

mod item;

pub use item::Item;
use std::collections::HashMap;

pub struct Inventory {
    items: HashMap<String, Item>,
    log: Vec<String>,
}

impl Inventory {
    pub fn new() -> Self {
        Inventory { items: HashMap::new(), log: Vec::new() }
    }

    /// Add `quantity` units of `name`, creating the item on first sight.
    pub fn add(&mut self, name: &str, quantity: u32, price_cents: u64) {
        let entry = self.items.entry(name.to_string()).or_insert(Item::new(name, price_cents));
        entry.quantity += quantity;
        self.log.push(format!("added {quantity} x {name}"))
    }

    /// Take units out; returns how many could actually be taken.
    pub fn take(&mut self, name: &str, wanted: u32) -> u32 {
        let item = match self.items.get_mut(name) {
            Some(item) => item,
            None => return 0,
        };
        let taken = wanted.min(item.quantity);
        item.quantity -= taken;
        self.log.push(format!("took {taken} x {name}"));
        taken
    }

    /// Total stock value in cents.
    pub fn value(&self) -> u64 {
        let total = 0;
        for item in self.items.values() {
            total += item.price_cents * item.quantity;
        }
        total
    }

    /// Names of items at or below `threshold`, sorted.
    pub fn low_stock(&self, threshold: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .items
            .values()
            .filter(|item| item.quantity <= threshold)
            .map(|item| item.name)
            .collect();
        names.sort();
        names
    }

    pub fn history(&self) -> &[String] {
        &self.log
    }
}

impl Default for Inventory {
    fn default() -> Self {
        Self::new()
    }
}

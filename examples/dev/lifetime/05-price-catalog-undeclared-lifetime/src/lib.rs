//! A price catalog parsed from `name: cents` lines, borrowing names from the text.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item<'a> {
    pub name: &'a str,
    pub cents: u64,
}

#[derive(Debug)]
pub struct Catalog<'a> {
    items: Vec<Item<'a>>,
}

impl Catalog<'a> {
    pub fn parse(text: &'a str) -> Result<Self, String> {
        let mut items = Vec::new();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let (name, price) = line.split_once(':').ok_or(format!("line {}: missing ':'", n + 1))?;
            let cents = price.trim().parse().map_err(|_| format!("line {}: bad price", n + 1))?;
            items.push(Item { name: name.trim(), cents });
        }
        Ok(Catalog { items })
    }

    pub fn cheapest(&self) -> Option<&Item<'a>> {
        self.items.iter().min_by_key(|i| (i.cents, i.name))
    }

    pub fn find(&self, name: &str) -> Option<&Item<'a>> {
        self.items.iter().find(|i| i.name.eq_ignore_ascii_case(name))
    }

    pub fn total_cents(&self) -> u64 {
        self.items.iter().map(|i| i.cents).sum()
    }

    /// Names that cost at most `cents`, in catalog order.
    pub fn names_up_to(&self, cents: u64) -> Vec<&'a str> {
        self.items.iter().filter(|i| i.cents <= cents).map(|i| i.name).collect()
    }
}

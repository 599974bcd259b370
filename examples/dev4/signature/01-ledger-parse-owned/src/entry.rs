#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub account: String,
    pub cents: i64,
}

/// `"rent,-120000"` → an entry; `None` when the amount is not a number.
pub fn parse_entry(line: String) -> Option<Entry> {
    let (account, amount) = line.split_once(',')?;
    let cents = amount.trim().parse().ok()?;
    Some(Entry { account: account.trim().to_string(), cents })
}

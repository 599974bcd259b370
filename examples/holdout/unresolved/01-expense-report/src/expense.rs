#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expense {
    pub date: String,
    pub category: String,
    pub cents: u64,
    pub note: String,
}

impl Expense {
    /// Parses `2024-03-01;food;12.50;lunch with team` (the note is optional).
    pub fn parse(line: &str) -> Result<Expense, String> {
        let mut parts = line.splitn(4, ';');
        let date = parts
            .next()
            .filter(|d| d.len() == 10)
            .ok_or_else(|| format!("bad date in {line:?}"))?;
        let category = parts
            .next()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .ok_or_else(|| format!("missing category in {line:?}"))?;
        let amount = parts.next().unwrap_or("");
        let cents = parse_cents(amount.trim()).ok_or_else(|| format!("bad amount {amount:?}"))?;
        Ok(Expense {
            date: date.to_string(),
            category: category.to_lowercase(),
            cents,
            note: parts.next().unwrap_or("").to_string(),
        })
    }
}

fn parse_cents(s: &str) -> Option<u64> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, "0"));
    if frac.is_empty() || frac.len() > 2 {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let frac_value: u64 = frac.parse().ok()?;
    let scale = if frac.len() == 1 { 10 } else { 1 };
    Some(whole * 100 + frac_value * scale)
}

use crate::entry::parse_entry;

pub fn balance(lines: &[&str]) -> i64 {
    lines.iter().filter_map(|line| parse_entry(line)).map(|e| e.cents).sum()
}

pub fn largest(lines: &[&str]) -> Option<String> {
    let mut best: Option<(i64, String)> = None;
    for line in lines {
        if let Some(entry) = parse_entry(line) {
            if best.as_ref().map_or(true, |(c, _)| entry.cents.abs() > *c) {
                best = Some((entry.cents.abs(), entry.account));
            }
        }
    }
    best.map(|(_, account)| account)
}

pub fn first_account(text: &str) -> Option<String> {
    text.lines().next().and_then(parse_entry).map(|e| e.account)
}

use crate::Entry;

/// Parses `project; 1h30; billable` (the third column is optional).
pub fn parse_entry(line: &str) -> Option<Entry> {
    let mut cols = line.split(';').map(str::trim);
    let project = cols.next().filter(|p| !p.is_empty())?;
    let minutes = parse_duration(cols.next()?)?;
    let billable = cols.next() == Some("billable");
    Some(Entry { proj: project.to_string(), minutes, billable })
}

fn parse_duration(text: &str) -> Option<u32> {
    match text.split_once('h') {
        Some((h, "")) => h.parse::<u32>().ok().map(|h| h * 60),
        Some((h, m)) => Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?),
        None => text.strip_suffix('m')?.parse().ok(),
    }
}

//! Parse `id|title|priority|tags` ticket lines.

#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    pub id: u32,
    pub title: String,
    pub priority: u8,
    pub tags: Vec<String>,
}

pub fn parse_ticket(line: &str) -> Result<Ticket, String> {
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    if fields.len() != 4 {
        return Err(format!("expected 4 fields, got {}", fields.len()));
    }
    let id = fields[0].parse().map_err(|_| format!("bad id {:?}", fields[0]))?;
    let priority = match fields[2] {
        "low" => 1,
        "normal" | "" => 2,
        "high" => 3,
        other => return Err(format!("bad priority {other:?}")),
    };
    Ok(Ticket {
        id,
        title: fields[1].to_string()
        priority,
        tags: fields[3]
            .split(',')
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect(),
    })
}

pub fn urgent_ids(lines: &[&str]) -> Vec<u32> {
    lines
        .iter()
        .filter_map(|l| parse_ticket(l).ok())
        .filter(|t| t.priority == 3)
        .map(|t| t.id)
        .collect()
}

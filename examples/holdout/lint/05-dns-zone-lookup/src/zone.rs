use std::collections::HashMap;
use std::net::Ipv4Addr;

use crate::record::Record;

const MAX_CHAIN: usize = 8;

#[derive(Debug, Default)]
pub struct Zone {
    records: HashMap<String, Vec<Record>>,
}

fn normalise(name: &str) -> String {
    name.trim_end_matches('.').to_ascii_lowercase()
}

impl Zone {
    /// Lines look like `www.example. CNAME example.`; `;` starts a comment.
    pub fn parse(text: &str) -> Result<Zone, usize> {
        let mut zone = Zone::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.split(';').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut parts = line.split_whitespace();
            let (Some(name), Some(kind)) = (parts.next(), parts.next()) else {
                return Err(n + 1);
            };
            let data = parts.collect::<Vec<_>>().join(" ");
            let record = Record::parse(kind, &data).ok_or(n + 1)?;
            zone.records.entry(normalise(name)).or_default().push(record);
        }
        Ok(zone)
    }

    fn cname(&self, name: &str) -> Option<&str> {
        self.records.get(name)?.iter().find_map(|r| match r {
            Record::Cname(target) => Some(target.as_str()),
            _ => None,
        })
    }

    /// A records for `name`, following CNAME chains; also returns the canonical name.
    pub fn resolve(&self, name: &str) -> Option<(String, Vec<Ipv4Addr>)> {
        let mut current = normalise(name);
        for _ in 0..MAX_CHAIN {
            if let Some(target) = self.cname(&current) {
                current = target.to_string();
                continue;
            }
            let records = self.records.get(&current)?;
            let addrs: Vec<Ipv4Addr> = records
                .iter()
                .filter_map(|r| if let Record::A(ip) = r { Some(*ip) } else { None })
                .collect();
            return Some((current, addrs));
        }
        None
    }

    /// The first TXT record of `name`, upper-cased for case-insensitive comparison.
    pub fn txt_upper(&self, name: &str) -> Option<String> {
        let txt = self.records.get(&normalise(name))?.iter().find_map(|r| match r {
            Record::Txt(t) => Some(t),
            _ => None,
        });
        match txt {
            Some(t) => Some(t.to_uppercase()),
            None => None,
        }
    }
}

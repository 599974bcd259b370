use std::net::Ipv4Addr;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    A(Ipv4Addr),
    Cname(String),
    Txt(String),
}

impl Record {
    /// Parses the right-hand side of a zone line, e.g. `A 10.0.0.1` or `CNAME www.example`.
    pub fn parse(kind: &str, data: &str) -> Option<Record> {
        match kind.to_ascii_uppercase().as_str() {
            "A" => data.parse().ok().map(Record::A),
            "CNAME" => Some(Record::Cname(data.trim_end_matches('.').to_ascii_lowercase())),
            "TXT" => Some(Record::Txt(data.trim_matches('"').to_string())),
            _ => None,
        }
    }
}

//! Parser for a simplified DNS zone file: `name ttl TYPE value` per line.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordData {
    A([u8; 4]),
    Cname(String),
    Mx { pref: u16, host: String },
    Txt(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub name: String,
    pub ttl: u32,
    pub data: RecordData,
}

/// First three whitespace separated fields plus the rest of the line.
fn fields(line: &str) -> Option<[String; 4]> {
    let mut rest = line.trim();
    let mut out: [String; 4] = Default::default();
    for slot in out.iter_mut().take(3) {
        let (head, tail) = rest.split_once(char::is_whitespace)?;
        *slot = head.to_string();
        rest = tail.trim_start();
    }
    out[3] = rest.to_string();
    Some(out)
}

pub fn parse_record(line: &str, origin: &str) -> Result<Record, String> {
    let parts = fields(line).ok_or_else(|| format!("too few fields: {line:?}"))?;
    let (name, ttl, kind, value) = (parts[0], parts[1], parts[2], parts[3]);
    let name = if name == "@" { origin.to_string() } else { format!("{name}.{origin}") };
    let ttl = ttl.parse::<u32>().map_err(|e| format!("bad ttl {ttl:?}: {e}"))?;
    let data = match kind.to_ascii_uppercase().as_str() {
        "A" => {
            let octets: Vec<u8> = value
                .split('.')
                .map(|p| p.parse::<u8>())
                .collect::<Result<_, _>>()
                .map_err(|e| format!("bad address {value:?}: {e}"))?;
            RecordData::A(octets.try_into().map_err(|_| format!("bad address {value:?}"))?)
        }
        "CNAME" => RecordData::Cname(value),
        "MX" => {
            let (pref, host) = value.split_once(' ').ok_or("MX needs preference and host")?;
            let pref = pref.parse().map_err(|e| format!("bad MX preference: {e}"))?;
            RecordData::Mx { pref, host: host.trim().to_string() }
        }
        "TXT" => RecordData::Txt(value.trim_matches('"').to_string()),
        other => return Err(format!("unsupported record type {other}")),
    };
    Ok(Record { name, ttl, data })
}

/// Parse a whole zone, skipping blank lines and `;` comments.
pub fn parse_zone(text: &str, origin: &str) -> Result<Vec<Record>, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with(';'))
        .map(|l| parse_record(l, origin))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_zone() {
        let zone = "; example zone\n@ 3600 MX 10 mx1.example.org.\nwww 300 cname web.example.org.\nweb 60 A 192.0.2.7\n@ 60 TXT \"v=spf1 -all\"\n";
        let recs = parse_zone(zone, "example.org").unwrap();
        assert_eq!(recs.len(), 4);
        assert_eq!(recs[0].name, "example.org");
        assert_eq!(recs[0].data, RecordData::Mx { pref: 10, host: "mx1.example.org.".into() });
        assert_eq!(recs[1], Record { name: "www.example.org".into(), ttl: 300, data: RecordData::Cname("web.example.org.".into()) });
        assert_eq!(recs[2].data, RecordData::A([192, 0, 2, 7]));
        assert_eq!(recs[3].data, RecordData::Txt("v=spf1 -all".into()));
    }

    #[test]
    fn rejects_bad_lines() {
        assert!(parse_record("www 300", "x").is_err());
        assert!(parse_record("www abc A 1.2.3.4", "x").unwrap_err().starts_with("bad ttl"));
        assert!(parse_record("www 1 A 1.2.3", "x").is_err());
        assert_eq!(parse_record("a 1 SRV x", "x").unwrap_err(), "unsupported record type SRV");
    }
}

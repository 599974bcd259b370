use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl FromStr for Version {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts: Vec<&str> = s.trim().split('.').collect();
        if parts.len() != 3 {
            return Err(format!("expected major.minor.patch, got {s:?}"));
        }
        let num = |p: &str| p.parse::<u64>().map_err(|e| format!("{p:?}: {e}"));
        Ok(Version { major: num(parts[0])?, minor: num(parts[1])?, patch: num(parts[2])? })
    }
}

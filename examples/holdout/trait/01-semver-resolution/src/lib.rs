//! Minimal semantic-version parsing and dependency resolution.
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Hash)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl FromStr for Version {
    type Err = String;

    /// Accepts `1.2.3`, `v1.2.3` and `1.2` (patch defaults to 0).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().trim_start_matches('v');
        let nums: Vec<u64> = s
            .split('.')
            .map(|p| p.parse::<u64>().map_err(|_| format!("invalid version {s:?}")))
            .collect::<Result<_, _>>()?;
        match nums[..] {
            [major, minor] => Ok(Version { major, minor, patch: 0 }),
            [major, minor, patch] => Ok(Version { major, minor, patch }),
            _ => Err(format!("invalid version {s:?}")),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// Parse release tags, silently skipping ones that are not versions; sorted and deduplicated.
pub fn releases(tags: &[&str]) -> Vec<Version> {
    let mut out: Vec<Version> = tags.iter().filter_map(|t| t.parse().ok()).collect();
    out.sort();
    out.dedup();
    out
}

/// Highest release that is caret-compatible with `req` (same major, not older).
pub fn resolve(available: &[Version], req: Version) -> Option<Version> {
    available.iter().copied().filter(|v| v.major == req.major && *v >= req).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_sorts_tags() {
        let r = releases(&["v1.10.0", "1.2", "nightly", "v1.2.0", "0.9.7", "v2.0.1"]);
        let shown: Vec<String> = r.iter().map(|v| v.to_string()).collect();
        assert_eq!(shown, ["0.9.7", "1.2.0", "1.10.0", "2.0.1"]);
    }

    #[test]
    fn resolves_caret_requirements() {
        let r = releases(&["1.2.0", "1.4.1", "1.10.0", "2.0.0"]);
        assert_eq!(resolve(&r, "1.3".parse().unwrap()), Some("1.10.0".parse().unwrap()));
        assert_eq!(resolve(&r, "2.0.1".parse().unwrap()), None);
        assert!("1.x".parse::<Version>().is_err());
    }
}

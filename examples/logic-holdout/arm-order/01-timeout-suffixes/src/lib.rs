//! Reading timeouts from a `key = value` configuration file.
mod units;
pub use units::parse_timeout;

use std::collections::BTreeMap;

/// Timeouts in milliseconds for every `*_timeout` key; errors name the key.
pub fn timeouts(config: &str) -> Result<BTreeMap<String, u64>, String> {
    let mut out = BTreeMap::new();
    for line in config.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (k, v) = line.split_once('=').ok_or(format!("bad line: {}", line))?;
        let (k, v) = (k.trim(), v.trim());
        if k.ends_with("_timeout") {
            let ms = parse_timeout(v).ok_or(format!("bad timeout for {}: {}", k, v))?;
            out.insert(k.to_string(), ms);
        }
    }
    Ok(out)
}

//! Rendering release notes from a list of released versions.
mod changelog;
pub use changelog::{Changelog, Release};

/// Parse `major.minor.patch`; None when malformed.
pub fn parse_version(s: &str) -> Option<(u32, u32, u32)> {
    let mut it = s.split('.').map(|p| p.parse::<u32>().ok());
    let v = (it.next()??, it.next()??, it.next()??);
    if it.next().is_some() {
        return None;
    }
    Some(v)
}

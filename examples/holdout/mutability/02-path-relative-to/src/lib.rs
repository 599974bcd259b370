//! Helpers for presenting file paths relative to a project root.

/// Collapse duplicate slashes and resolve `.` and `..` segments lexically.
pub fn normalize(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !absolute {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (absolute, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// `path` relative to `base`, or `None` when it lies outside of it.
/// Both paths are expected to be normalized already.
pub fn relative_to<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let base = base.trim_end_matches('/');
    path = path.strip_prefix(base)?;
    if !path.is_empty() && !path.starts_with('/') {
        return None;
    }
    path = path.trim_start_matches('/');
    Some(if path.is_empty() { "." } else { path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes() {
        assert_eq!(normalize("/usr//local/./bin/../lib/"), "/usr/local/lib");
        assert_eq!(normalize("../a/./b/../../.."), "../..");
        assert_eq!(normalize("/.."), "/");
        assert_eq!(normalize("a/.."), ".");
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative_to("/srv/app/src/main.rs", "/srv/app/"), Some("src/main.rs"));
        assert_eq!(relative_to("/srv/app", "/srv/app"), Some("."));
        assert_eq!(relative_to("/srv/application/x", "/srv/app"), None);
        assert_eq!(relative_to("/etc/passwd", "/srv/app"), None);
    }
}

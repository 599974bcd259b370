/// Join `seg` onto `base` like a browser resolves a link: an absolute segment
/// (starting with '/') replaces the base; otherwise it is appended with one '/'.
pub fn join_path(base: &str, seg: &str) -> String {
    if seg.ends_with('/') {
        return seg.to_string();
    }
    if base.ends_with('/') {
        format!("{}{}", base, seg)
    } else {
        format!("{}/{}", base, seg)
    }
}

/// Resolve `.` and `..` segments and collapse repeated slashes.
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let trailing = path.ends_with('/') && !parts.is_empty();
    format!("/{}{}", parts.join("/"), if trailing { "/" } else { "" })
}

use crate::router;

/// Build the canonical absolute link for a path on `host`.
pub fn canonical_link(host: &str, path: &str) -> String {
    let host = host.trim_end_matches('/').to_lowercase();
    let path = router::normalize(path);
    if path == "/" {
        format!("https://{host}/")
    } else {
        format!("https://{host}{path}")
    }
}

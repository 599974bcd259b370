//! Joining and normalising URL paths.
mod path;
pub use path::{join_path, normalize};

/// Full URL from an origin and a list of path segments.
pub fn url(origin: &str, segments: &[&str]) -> String {
    let mut p = String::from("/");
    for s in segments {
        p = join_path(&p, s);
    }
    format!("{}{}", origin.trim_end_matches('/'), normalize(&p))
}

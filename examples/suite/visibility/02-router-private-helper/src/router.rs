use std::collections::HashMap;

#[derive(Debug, PartialEq)]
pub struct Match {
    pub handler: &'static str,
    pub params: HashMap<String, String>,
}

/// Collapse repeated slashes, drop a trailing slash and `.` segments.
fn normalize(path: &str) -> String {
    let segments: Vec<&str> = path
        .split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    format!("/{}", segments.join("/"))
}

#[derive(Default)]
pub struct Router {
    routes: Vec<(Vec<String>, &'static str)>,
}

impl Router {
    pub fn add(&mut self, pattern: &str, handler: &'static str) -> &mut Self {
        let segs = normalize(pattern)
            .split('/')
            .skip(1)
            .map(str::to_string)
            .collect();
        self.routes.push((segs, handler));
        self
    }

    pub fn route(&self, path: &str) -> Option<Match> {
        let path = normalize(path);
        let parts: Vec<&str> = path.split('/').skip(1).collect();
        'routes: for (segs, handler) in &self.routes {
            if segs.len() != parts.len() {
                continue;
            }
            let mut params = HashMap::new();
            for (seg, part) in segs.iter().zip(&parts) {
                if let Some(name) = seg.strip_prefix(':') {
                    params.insert(name.to_string(), part.to_string());
                } else if seg != part {
                    continue 'routes;
                }
            }
            return Some(Match { handler, params });
        }
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Delete,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Literal(String),
    Param(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub method: Method,
    pub pattern: Vec<Segment>,
    pub handler: &'static str,
}

pub fn compile(pattern: &str) -> Vec<Segment> {
    pattern
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| match s.strip_prefix(':') {
            Some(name) => Segment::Param(name.to_string()),
            None => Segment::Literal(s.to_string()),
        })
        .collect()
}

impl Route {
    /// The captured parameters when `method` and `path` match this route.
    pub fn matches(&self, method: Method, path: &str) -> Option<Vec<(String, String)>> {
        if method != self.method {
            return None;
        }
        let parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        if parts.len() != self.pattern.len() {
            return None;
        }
        let mut params = Vec::new();
        for (segment, part) in self.pattern.iter().zip(parts) {
            match segment {
                Segment::Literal(lit) if lit == part => {}
                Segment::Literal(_) => return None,
                Segment::Param(name) => params.push((name.clone(), part.to_string())),
            }
        }
        Some(params)
    }
}

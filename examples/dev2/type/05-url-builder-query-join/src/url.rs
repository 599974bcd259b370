use crate::encode::percent_encode;

#[derive(Debug, Clone)]
pub struct UrlBuilder {
    base: String,
    segments: Vec<String>,
    query: Vec<(String, String)>,
}

impl UrlBuilder {
    pub fn new(base: &str) -> UrlBuilder {
        UrlBuilder {
            base: base.trim_end_matches('/').to_string(),
            segments: Vec::new(),
            query: Vec::new(),
        }
    }

    pub fn segment(mut self, segment: &str) -> UrlBuilder {
        self.segments.push(percent_encode(segment));
        self
    }

    pub fn param(mut self, key: &str, value: &str) -> UrlBuilder {
        self.query.push((percent_encode(key), percent_encode(value)));
        self
    }

    pub fn path(&self) -> String {
        format!("/{}", self.segments.join("/"))
    }

    pub fn query_string(&self) -> String {
        self.query
            .iter()
            .map(|(k, v)| format!("{}={}", k, v))
            .collect::<Vec<_>>()
    }

    pub fn build(&self) -> String {
        let mut url = format!("{}{}", self.base, self.path());
        if !self.query.is_empty() {
            url.push('?');
            url.push_str(&self.query_string());
        }
        url
    }
}

use crate::decode::{percent_decode, DecodeError};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    pub fn parse(qs: &str) -> Result<Query, DecodeError> {
        let qs = qs.strip_prefix('?').unwrap_or(qs);
        let mut pairs = Vec::new();
        let mut parts = qs.split('&');
        while let Some(part) = parts.next() {
            if part.is_empty() {
                continue;
            }
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            pairs.push((percent_decode(k)?, percent_decode(v)?));
        }
        Ok(Query { pairs })
    }

    /// First value for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn get_all(&self, key: &str) -> Vec<&str> {
        self.pairs.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect()
    }

    pub fn len(&self) -> usize {
        self.pairs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }
}

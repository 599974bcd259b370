use crate::pipeline::{Middleware, Request};

pub struct StripTrailingSlash;
pub struct LowercasePath;
pub struct RequireHeader(pub &'static str);

impl Middleware for StripTrailingSlash {
    fn before(&self, req: &mut Request) -> Result<(), String> {
        while req.path.len() > 1 && req.path.ends_with('/') {
            req.path.pop();
        }
        Ok(())
    }
}

impl Middleware for LowercasePath {
    fn before(&self, req: &mut Request) -> Result<(), String> {
        req.path = req.path.to_lowercase();
        Ok(())
    }
}

impl Middleware for RequireHeader {
    fn before(&self, req: &Request) -> Result<(), String> {
        match req.headers.get(self.0) {
            Some(value) if !value.is_empty() => Ok(()),
            _ => Err(format!("missing header {}", self.0)),
        }
    }
}

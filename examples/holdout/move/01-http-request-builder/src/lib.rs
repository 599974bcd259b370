//! Builder for outgoing HTTP/1.1 requests; `render` produces the exact bytes to send.
use std::collections::BTreeMap;

pub const DEFAULT_AGENT: &str = "fetchkit/0.3";

#[derive(Debug, Clone, Default)]
pub struct RequestBuilder {
    method: String,
    url: String,
    headers: BTreeMap<String, String>,
    user_agent: Option<String>,
    body: Option<String>,
}

impl RequestBuilder {
    pub fn get(url: &str) -> Self {
        RequestBuilder { method: "GET".into(), url: url.into(), ..Default::default() }
    }

    pub fn post(url: &str, body: &str) -> Self {
        RequestBuilder { method: "POST".into(), url: url.into(), body: Some(body.into()), ..Default::default() }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name.to_ascii_lowercase(), value.trim().to_string());
        self
    }

    pub fn user_agent(mut self, agent: &str) -> Self {
        self.user_agent = Some(agent.to_string());
        self
    }

    pub fn effective_agent(&self) -> String {
        self.user_agent.unwrap_or_else(|| DEFAULT_AGENT.to_string())
    }

    fn host_and_path(&self) -> (&str, &str) {
        let rest = self.url.split_once("://").map_or(self.url.as_str(), |(_, r)| r);
        match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        }
    }

    pub fn render(&self) -> String {
        let (host, path) = self.host_and_path();
        let mut out = format!("{} {} HTTP/1.1\r\nhost: {}\r\n", self.method, path, host);
        out.push_str(&format!("user-agent: {}\r\n", self.effective_agent()));
        for (name, value) in &self.headers {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        match &self.body {
            Some(body) => out.push_str(&format!("content-length: {}\r\n\r\n{}", body.len(), body)),
            None => out.push_str("\r\n"),
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_get_with_default_agent() {
        let req = RequestBuilder::get("https://api.example.com").header("Accept", " application/json ");
        assert_eq!(req.effective_agent(), DEFAULT_AGENT);
        assert_eq!(
            req.render(),
            "GET / HTTP/1.1\r\nhost: api.example.com\r\nuser-agent: fetchkit/0.3\r\naccept: application/json\r\n\r\n"
        );
    }

    #[test]
    fn renders_post_body_and_agent_is_reusable() {
        let req = RequestBuilder::post("http://h/v1/items", "{\"a\":1}").user_agent("bot/2");
        assert_eq!(req.effective_agent(), "bot/2");
        assert_eq!(req.effective_agent(), "bot/2");
        assert!(req.render().starts_with("POST /v1/items HTTP/1.1\r\nhost: h\r\nuser-agent: bot/2\r\n"));
        assert!(req.render().ends_with("content-length: 7\r\n\r\n{\"a\":1}"));
    }
}

//! Render chat messages, replacing `<@id>` mention tokens with display names.

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Directory {
    names: HashMap<u64, String>,
}

impl Directory {
    pub fn add(&mut self, id: u64, name: &str) {
        self.names.insert(id, name.to_string());
    }

    /// `@name`, or `@user-<id>` for unknown users; names longer than 12 characters are cut.
    pub fn render_mention(&self, id: u64) -> String {
        let name: &str = self.names.get(&id).map(String::as_str).unwrap_or(&format!("user-{}", id));
        let short: String = name.chars().take(12).collect();
        if short.len() < name.len() {
            format!("@{}…", short)
        } else {
            format!("@{}", name)
        }
    }

    pub fn render(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("<@") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            match after.find('>').and_then(|end| Some((after[..end].parse().ok()?, end))) {
                Some((id, end)) => {
                    out.push_str(&self.render_mention(id));
                    rest = &after[end + 1..];
                }
                None => {
                    out.push_str("<@");
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

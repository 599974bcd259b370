/// One `key = value` line, borrowing from the source text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entry<'a> {
    pub section: &'a str,
    pub key: &'a str,
    pub value: &'a str,
    pub line: usize,
}

impl Entry<'_> {
    pub fn as_bool(&self) -> Option<bool> {
        match self.value.to_ascii_lowercase().as_str() {
            "true" | "yes" | "on" | "1" => Some(true),
            "false" | "no" | "off" | "0" => Some(false),
            _ => None,
        }
    }
}

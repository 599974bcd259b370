use crate::fields::{field_or, split_fields};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub city: &'a str,
}

fn parse_line(line: &str) -> Contact<'_> {
    let fields = split_fields(line);
    Contact {
        name: field_or(&fields, 0, "anonymous"),
        email: field_or(&fields, 1, ""),
        city: field_or(&fields, 2, "unknown"),
    }
}

/// Parse every non-empty, non-comment line.
pub fn parse_contacts(text: &str) -> Vec<Contact<'_>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(parse_line)
        .collect()
}

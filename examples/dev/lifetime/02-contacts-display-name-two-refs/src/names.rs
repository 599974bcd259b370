use std::collections::BTreeMap;

use crate::contact::Contact;

/// The nickname if set, else the first word of the full name, else `fallback`.
pub fn display_name(contact: &Contact, fallback: &str) -> &str {
    contact
        .nickname
        .as_deref()
        .or_else(|| contact.full_name.split_whitespace().next())
        .unwrap_or(fallback)
}

pub fn greetings(contacts: &[Contact]) -> Vec<String> {
    contacts.iter().map(|c| format!("Hi {}!", display_name(c, "there"))).collect()
}

/// Emails grouped under the name shown for them; nameless contacts show their email.
pub fn by_display_name(contacts: &[Contact]) -> BTreeMap<&str, Vec<&str>> {
    let mut groups: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for c in contacts {
        groups.entry(display_name(c, &c.email)).or_default().push(&c.email);
    }
    groups
}

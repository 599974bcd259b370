use std::io;

use crate::escape::escape_field;
use crate::Contact;

/// Write a header and one line per contact; returns the number of records written.
pub fn export(contacts: &[Contact], out: &mut Vec<u8>) -> io::Result<usize> {
    writeln!(out, "name,email,note")?;
    for c in contacts {
        let note = c.note.as_deref().unwrap_or("");
        writeln!(
            out,
            "{},{},{}",
            escape_field(&c.name),
            escape_field(&c.email),
            escape_field(note)
        )?;
    }
    Ok(contacts.len())
}

pub fn export_string(contacts: &[Contact]) -> String {
    let mut buf = Vec::new();
    export(contacts, &mut buf).expect("writing to a Vec cannot fail");
    String::from_utf8(buf).expect("fields are UTF-8")
}

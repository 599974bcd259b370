//! Parse contact lists exported from a spreadsheet ("name, email, city" per line)
//! into borrowed records without copying the text.
pub mod fields;
pub mod record;

pub use record::{parse_contacts, Contact};

//! An address book and the names it shows for each contact.

pub mod contact;
pub mod names;

pub mod span;
pub mod layout;

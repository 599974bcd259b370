//! Export contact records as RFC 4180 CSV.

pub mod escape;
pub mod export;

#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub note: Option<String>,
}

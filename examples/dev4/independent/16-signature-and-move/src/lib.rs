pub mod fmt;
pub mod list;

pub mod cache;
pub mod users;

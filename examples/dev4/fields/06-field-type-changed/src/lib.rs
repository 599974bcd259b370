pub mod user;
pub mod ids;

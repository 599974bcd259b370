pub mod log;
pub mod app;

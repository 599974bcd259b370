pub mod app;
pub mod router;

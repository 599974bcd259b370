pub mod limits;
pub mod retry;

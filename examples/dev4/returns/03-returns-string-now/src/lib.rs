pub mod names;
pub mod greet;

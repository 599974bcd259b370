pub mod table;
pub mod greet;

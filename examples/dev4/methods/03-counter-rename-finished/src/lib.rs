pub mod counter;
pub mod words;

pub mod counter;
pub mod a;
pub mod b;

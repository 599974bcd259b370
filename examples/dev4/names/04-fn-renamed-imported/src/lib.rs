pub mod check;
pub mod form;

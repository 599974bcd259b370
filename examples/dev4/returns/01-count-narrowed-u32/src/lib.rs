pub mod bag;
pub mod checks;

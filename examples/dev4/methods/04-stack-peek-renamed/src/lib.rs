pub mod stack;
pub mod calc;

pub mod money;
pub mod wallet;

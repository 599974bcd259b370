pub mod account;
pub mod audit;

mod account;

pub use account::{Account, Bank, BankError};

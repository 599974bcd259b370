//! A tiny double-entry-ish ledger working in integer cents.

pub mod ledger;
pub mod money;

pub use ledger::{Entry, Ledger};
pub use money::Money;

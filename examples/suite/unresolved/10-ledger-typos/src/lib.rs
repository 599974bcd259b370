//! Double-entry-ish bank ledger: accounts plus an append-only journal.
pub mod account;
pub mod ledger;

pub use account::{Account, Transaction, TxError};
pub use ledger::Ledger;

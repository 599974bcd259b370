//! A double-entry ledger of accounts, transfers and invoices (cents).
mod ledger;
pub use ledger::{Invoice, Ledger, LedgerError};

//! Invoices with a percentage discount and sales tax (amounts in cents, rates in basis points).
mod invoice;
pub use invoice::{Invoice, Item};

/// `bps` basis points of `amount`, rounded half up.
pub fn apply_rate(amount: u64, bps: u64) -> u64 {
    (amount * bps + 5_000) / 10_000
}

mod ledger;
mod money;

pub use ledger::Ledger;
pub use money::Money;

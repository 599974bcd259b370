//! Invoice totals with per-region VAT.

pub mod invoice;

pub use invoice::{Invoice, Line};
pub use tax::Region;

pub mod invoice;
pub mod totals;

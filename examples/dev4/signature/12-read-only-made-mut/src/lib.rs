pub mod sums;
pub mod use_sums;

//! Merging overlapping closed intervals (e.g. busy time ranges).
mod intervals;
pub use intervals::{covered, gaps, merge};

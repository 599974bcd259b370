//! Catalog of a small lending library.
pub mod catalog;
pub mod report;

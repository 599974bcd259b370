//! Monthly expense report from `date;category;amount;note` lines.
pub mod expense;
pub mod report;

pub use expense::Expense;
pub use report::{render, totals_by_category};

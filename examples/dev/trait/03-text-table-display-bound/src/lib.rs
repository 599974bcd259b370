//! Render rows of values as a fixed-width text table.

pub mod money;
pub mod table;

pub use money::{column_totals, Money};
pub use table::{render, render_row};

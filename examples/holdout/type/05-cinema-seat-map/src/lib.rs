//! Seat maps for a small cinema: holding blocks of adjacent seats.
pub mod booking;
pub mod seats;

pub use booking::{busiest_row, find_block, hold_block};
pub use seats::{Hall, Seat};

//! Meeting-room bookings in minutes since midnight.
pub mod calendar;
pub mod span;
pub use calendar::Calendar;

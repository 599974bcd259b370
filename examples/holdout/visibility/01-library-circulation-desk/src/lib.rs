//! Lending rules for a small public library.
pub mod desk;
pub mod member;

pub use desk::{CheckoutError, Desk};
pub use member::Member;

//! A sign-up funnel: how many users reach each step, and conversion between steps.
mod funnel;
pub use funnel::Funnel;

//! Password policies assembled from individual rules.

pub mod policy;
pub mod rules;

pub use policy::{rule_from_spec, Policy};
pub use rules::{MinLength, RequireDigit, RequireUpper, Rule};

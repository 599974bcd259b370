//! Semantic versions and `^`, `~`, `>=`, `=` constraints over them.

pub mod constraint;
pub mod version;

pub use constraint::Constraint;
pub use version::Version;

//! Reporting lines for a small company.

mod person;
pub mod tree;

pub use person::Person;
pub use tree::OrgChart;

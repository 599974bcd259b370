pub mod model;
pub mod pricing;

//! Counters and gauges, rendered in a Prometheus-like text format.

pub mod metrics;
pub mod render;

pub use metrics::Metrics;
pub use render::render;

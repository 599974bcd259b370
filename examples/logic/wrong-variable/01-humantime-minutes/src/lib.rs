//! humantime 2.1.0 (trimmed): formatting durations.
mod duration;
pub use duration::{format_duration, FormattedDuration};

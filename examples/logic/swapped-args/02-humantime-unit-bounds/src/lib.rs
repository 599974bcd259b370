mod duration;
pub use duration::{parse_duration, Error};

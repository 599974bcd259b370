//! Count words case-insensitively and report the most frequent ones.

pub mod counter;
pub mod normalize;

pub use counter::WordCounter;

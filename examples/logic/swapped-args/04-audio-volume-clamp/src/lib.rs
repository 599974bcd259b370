//! A tiny audio mixer: per-channel gain in decibels and mute.
pub mod mixer;
mod util;
pub use mixer::Mixer;

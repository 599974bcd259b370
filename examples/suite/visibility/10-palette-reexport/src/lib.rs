//! Colour palette utilities: hex parsing, blending and contrast.
mod color;
mod palette;

pub use color::{parse_hex, Rgb};
pub use palette::{gradient, most_readable};

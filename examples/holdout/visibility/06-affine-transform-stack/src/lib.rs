//! 2D affine transforms for a vector drawing canvas.
pub mod matrix;
pub mod transform;

pub use matrix::Mat3;
pub use transform::TransformStack;

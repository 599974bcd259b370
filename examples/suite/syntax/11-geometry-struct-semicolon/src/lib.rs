//! Planar geometry helpers for simple polygons.
pub mod polygon;
pub mod shapes;

pub use polygon::Polygon;
pub use shapes::{Point, Rect};

use std::fmt;

/// A point, displayed as `(x, y)`.
pub struct Point {
    pub x: i32,
    pub y: i32,
}

impl fmt::Display for Point {}

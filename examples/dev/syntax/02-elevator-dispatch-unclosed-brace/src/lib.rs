//! Decide where an elevator goes next.

pub mod dispatch;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Idle,
}

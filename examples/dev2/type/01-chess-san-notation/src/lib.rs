//! Render chess moves in standard algebraic notation (SAN).

pub mod san;
pub mod square;

pub use san::{san, Move, Piece};
pub use square::Square;

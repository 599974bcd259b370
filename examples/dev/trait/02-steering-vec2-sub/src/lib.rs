//! Simple steering behaviours for agents in a 2D world.

pub mod steering;
pub mod vec2;

pub use vec2::Vec2;

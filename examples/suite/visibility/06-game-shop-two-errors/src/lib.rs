//! Item shop for a role-playing game.
pub mod player;
pub mod shop;

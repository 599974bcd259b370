pub mod playlist;
pub mod player;

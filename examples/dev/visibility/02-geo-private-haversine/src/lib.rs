//! Great-circle distances for GPS tracks.

pub mod geo;
pub mod track;

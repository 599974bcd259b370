pub mod geo;
pub mod plot;

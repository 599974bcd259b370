#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Temperature(pub f64);

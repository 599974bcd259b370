#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Meters(pub f64);

impl Meters {
    pub fn from_feet(feet: f64) -> Meters {
        Meters(feet * 0.3048)
    }

    pub fn km(self) -> f64 {
        self.0 / 1000.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Gram,
    Kilogram,
    Millilitre,
    Litre,
    Piece,
}

impl Unit {
    pub fn parse(text: &str) -> Option<Unit> {
        match text.trim().to_ascii_lowercase().as_str() {
            "g" | "gram" | "grams" => Some(Unit::Gram),
            "kg" => Some(Unit::Kilogram),
            "ml" => Some(Unit::Millilitre),
            "l" | "litre" | "liter" => Some(Unit::Litre),
            "" | "pc" | "pcs" => Some(Unit::Piece),
            _ => None,
        }
    }

    pub fn symbol(self) -> &str {
        match self {
            Unit::Gram => "g",
            Unit::Kilogram => "kg",
            Unit::Millilitre => "ml",
            Unit::Litre => "l",
            Unit::Piece => "pcs",
        }
    }

    /// The small unit of the same dimension and how many of it make one `self`.
    pub fn to_base(self) -> (Unit, f64) {
        match self {
            Unit::Kilogram => (Unit::Gram, 1000.0),
            Unit::Litre => (Unit::Millilitre, 1000.0),
            other => (other, 1.0),
        }
    }
}

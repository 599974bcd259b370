#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Gram,
    Kilogram,
    Cup,
    Tablespoon,
    Teaspoon,
    Piece,
}

impl Unit {
    pub fn parse(s: &str) -> Option<Unit> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "g" => Unit::Gram,
            "kg" => Unit::Kilogram,
            "cup" | "cups" => Unit::Cup,
            "tbsp" => Unit::Tablespoon,
            "tsp" => Unit::Teaspoon,
            "" | "pc" | "pcs" => Unit::Piece,
            _ => return None,
        })
    }
}

/// Grams for `qty` of something with the given density (g per ml).
/// Pieces cannot be converted.
fn to_grams(qty: f64, unit: Unit, density: f64) -> Option<f64> {
    let ml = match unit {
        Unit::Gram => return Some(qty),
        Unit::Kilogram => return Some(qty * 1000.0),
        Unit::Cup => 240.0,
        Unit::Tablespoon => 15.0,
        Unit::Teaspoon => 5.0,
        Unit::Piece => return None,
    };
    Some(qty * ml * density)
}

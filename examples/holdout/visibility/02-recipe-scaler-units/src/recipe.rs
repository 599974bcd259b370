use crate::units::{self, Unit};

#[derive(Debug, Clone, PartialEq)]
pub struct Ingredient {
    pub name: String,
    pub qty: f64,
    pub unit: Unit,
    pub density: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Recipe {
    pub servings: u32,
    pub ingredients: Vec<Ingredient>,
}

impl Recipe {
    pub fn scaled(&self, servings: u32) -> Recipe {
        let factor = servings as f64 / self.servings as f64;
        Recipe {
            servings,
            ingredients: self
                .ingredients
                .iter()
                .map(|i| Ingredient { qty: i.qty * factor, ..i.clone() })
                .collect(),
        }
    }

    /// Total weight of everything that can be weighed, plus the names that cannot.
    pub fn shopping_weight(&self) -> (f64, Vec<&str>) {
        let mut grams = 0.0;
        let mut uncounted = Vec::new();
        for ing in &self.ingredients {
            match units::to_grams(ing.qty, ing.unit, ing.density) {
                Some(g) => grams += g,
                None => uncounted.push(ing.name.as_str()),
            }
        }
        (grams, uncounted)
    }
}

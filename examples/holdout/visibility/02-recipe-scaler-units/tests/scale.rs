use visibility_recipe_scaler_units::{Ingredient, Recipe, Unit};

fn pancakes() -> Recipe {
    let ing = |name: &str, qty: f64, unit: &str, density: f64| Ingredient {
        name: name.to_string(),
        qty,
        unit: Unit::parse(unit).unwrap(),
        density,
    };
    Recipe {
        servings: 4,
        ingredients: vec![
            ing("flour", 2.0, "cups", 0.5),
            ing("milk", 0.5, "kg", 1.0),
            ing("sugar", 2.0, "tbsp", 0.8),
            ing("eggs", 2.0, "pcs", 1.0),
        ],
    }
}

#[test]
fn weighs_ingredients() {
    let recipe = pancakes();
    let (grams, uncounted) = recipe.shopping_weight();
    assert!((grams - (240.0 + 500.0 + 24.0)).abs() < 1e-9);
    assert_eq!(uncounted, vec!["eggs"]);
}

#[test]
fn scales_quantities() {
    let big = pancakes().scaled(6);
    assert_eq!(big.servings, 6);
    assert_eq!(big.ingredients[3].qty, 3.0);
    let (grams, _) = big.shopping_weight();
    assert!((grams - 1146.0).abs() < 1e-9);
    assert_eq!(Unit::parse("oz"), None);
}

use lifetime_recipe_units_static_symbol::{Quantity, Unit};

#[test]
fn symbols_and_parsing() {
    assert_eq!(Unit::Kilogram.symbol(), "kg");
    assert_eq!(Unit::parse("Liter"), Some(Unit::Litre));
    assert_eq!(Quantity::parse("250 g"), Some(Quantity { amount: 250.0, unit: Unit::Gram }));
    assert_eq!(Quantity::parse("3").unwrap().unit, Unit::Piece);
    assert_eq!(Quantity::parse("2 cups"), None);
}

#[test]
fn scaling_switches_units() {
    assert_eq!(Quantity::parse("250 g").unwrap().scale(4.0).render(), "1 kg");
    assert_eq!(Quantity::parse("1.5 l").unwrap().scale(0.5).render(), "750 ml");
    assert_eq!(Quantity::parse("2 pcs").unwrap().scale(1.5).render(), "3 pcs");
    assert_eq!(Quantity::parse("333 ml").unwrap().scale(0.5).render(), "166.5 ml");
}

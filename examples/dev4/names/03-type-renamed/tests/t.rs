use d4_names_03_type_renamed::{units::*, weather::*};

#[test]
fn works() {
    assert!(freezing(Celsius(-1.0)));
    assert_eq!(warmer(Celsius(1.0), Celsius(3.0)).0, 3.0);
}

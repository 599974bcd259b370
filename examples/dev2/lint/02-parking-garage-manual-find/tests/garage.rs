use lint_parking_garage_manual_find::{Garage, Size};

fn garage() -> Garage {
    Garage::new(&[(1, Size::Motorcycle), (2, Size::Car), (3, Size::Truck), (4, Size::Car)])
}

#[test]
fn parks_in_first_fitting_spot() {
    let mut g = garage();
    assert_eq!(g.park("MOTO-1", Size::Motorcycle), Some(1));
    assert_eq!(g.park("CAR-1", Size::Car), Some(2));
    assert_eq!(g.park("CAR-2", Size::Car), Some(3));
    assert_eq!(g.park("TRUCK-1", Size::Truck), None);
    assert_eq!(g.park("MOTO-2", Size::Motorcycle), Some(4));
    assert_eq!(g.free_count(), 0);
}

#[test]
fn leaving_frees_the_spot() {
    let mut g = garage();
    g.park("CAR-1", Size::Car);
    g.park("CAR-2", Size::Car);
    assert_eq!(g.leave("CAR-1"), Some(2));
    assert_eq!(g.leave("CAR-1"), None);
    assert_eq!(g.first_free(Size::Car).map(|s| s.id), Some(2));
    assert_eq!(g.first_free(Size::Truck), None);
}

use transit_fares::fares::{fare_class, ride_price, Class};
use transit_fares::{charges, day_total};

#[test]
fn sixty_five_is_senior() {
    assert_eq!(fare_class(65, false), Class::Senior);
}

#[test]
fn a_busy_adult_day_hits_the_cap() {
    assert_eq!(charges(30, false, &[1, 3, 2, 1]), vec![250, 450, 350, 50]);
    assert_eq!(day_total(30, false, &[3, 3, 3]), 1_100);
}

#[test]
fn classes_and_prices() {
    assert_eq!(fare_class(8, true), Class::Child);
    assert_eq!(fare_class(20, true), Class::Student);
    assert_eq!(ride_price(Class::Student, 2), 210);
    assert_eq!(day_total(70, false, &[1, 1]), 250);
}

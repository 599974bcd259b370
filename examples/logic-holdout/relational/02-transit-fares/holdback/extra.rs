use transit_fares::fares::{fare_class, Class};
use transit_fares::{charges, day_total};

#[test]
fn boundaries() {
    assert_eq!(fare_class(64, false), Class::Adult);
    assert_eq!(fare_class(65, true), Class::Senior);
    assert_eq!(fare_class(12, false), Class::Adult);
    assert_eq!(day_total(65, false, &[2, 2]), 350);
    assert_eq!(charges(40, false, &[5, 5, 1]), vec![650, 450, 0]);
    assert_eq!(day_total(5, false, &[9]), 0);
}

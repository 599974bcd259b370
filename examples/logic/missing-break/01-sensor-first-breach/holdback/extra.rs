use sensor_first_breach::alerts::first_breach;
use sensor_first_breach::parse_log;

#[test]
fn first_of_many() {
    let r = parse_log("0 5\n1 9\n2 9\n3 1\n4 9\n");
    assert_eq!(first_breach(&r, 8.0), Some(1));
    assert_eq!(first_breach(&r, 4.0), Some(0));
    assert_eq!(first_breach(&r, 9.0), None);
    assert_eq!(first_breach(&[], 0.0), None);
}

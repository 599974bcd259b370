use type_sensor_labels_option_str::{Registry, Sensor};

fn sample() -> Registry {
    let mut reg = Registry::new();
    reg.add(Sensor::new(1, "temperature").with_label("location", "attic"));
    reg.add(Sensor::new(2, "humidity").with_label("location", "cellar").with_label("unit", "%"));
    reg.add(Sensor::new(3, "smoke"));
    reg.add(Sensor::new(4, "temperature").with_label("location", "cellar"));
    reg
}

#[test]
fn labels_are_looked_up_by_key() {
    let s = Sensor::new(9, "co2").with_label("unit", "ppm");
    assert_eq!(s.label("unit"), Some("ppm"));
    assert_eq!(s.label("location"), None);
    assert_eq!(s.location(), "unknown");
}

#[test]
fn filters_by_location() {
    let reg = sample();
    assert_eq!(reg.in_location("cellar"), vec![2, 4]);
    assert_eq!(reg.in_location("unknown"), vec![3]);
}

#[test]
fn groups_kinds() {
    let reg = sample();
    let grouped = reg.kinds_by_location();
    assert_eq!(grouped.keys().copied().collect::<Vec<_>>(), vec!["attic", "cellar", "unknown"]);
    assert_eq!(grouped["cellar"], vec!["humidity", "temperature"]);
}

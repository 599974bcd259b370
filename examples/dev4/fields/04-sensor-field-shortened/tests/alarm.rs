use d4_fields_04_sensor_field_shortened::{alarm::*, sensor::reading};

#[test]
fn alarms() {
    let a = reading(31.0, 0.2);
    let b = reading(26.0, 0.8);
    assert!(too_hot(&a) && !too_hot(&b));
    assert_eq!(hottest(&[a, b]), 31.0);
    assert!(muggy(b) && !muggy(a));
}

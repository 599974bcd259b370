use intent_temperature_alert::alert;

#[test]
fn at_or_above() {
    assert!(alert(30, 30));
    assert!(alert(31, 30));
    assert!(!alert(29, 30));
}

use d4_names_01_const_renamed::retry::*;

#[test]
fn retries() {
    assert_eq!(attempts(9), 3);
    assert!(gave_up(4) && !gave_up(3));
    assert_eq!(wait_ms(1), 200);
    assert_eq!(wait_ms(3), 0);
}

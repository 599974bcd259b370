use password_policy::report;

#[test]
fn short_passwords_name_the_minimum() {
    assert_eq!(report("Abc123"), "at least 12 characters");
}

#[test]
fn good_password() {
    assert_eq!(report("Correct7HorseBattery"), "ok");
}

#[test]
fn several_problems() {
    assert_eq!(report("all lowercase words here"), "a digit; upper and lower case; no spaces");
}

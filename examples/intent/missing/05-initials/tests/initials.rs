use intent_initials::{initials, Name};

#[test]
fn takes_first_letters() {
    assert_eq!(initials(&Name("ada king lovelace".to_string())), "AKL");
    assert_eq!(initials(&Name("Grace Hopper".to_string())), "GH");
    assert_eq!(initials(&Name(String::new())), "");
}

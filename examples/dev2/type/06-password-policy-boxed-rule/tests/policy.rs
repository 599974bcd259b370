use type_password_policy_boxed_rule::{rule_from_spec, Policy};

#[test]
fn parses_all_rules() {
    let policy = Policy::parse("min:8, digit, upper").unwrap();
    assert!(policy.violations("Secret123").is_empty());
    assert_eq!(
        policy.violations("secret"),
        vec![
            "must be at least 8 characters".to_string(),
            "must contain a digit".to_string(),
            "must contain an uppercase letter".to_string(),
        ]
    );
}

#[test]
fn upper_rule_is_checked() {
    let rule = rule_from_spec("upper").unwrap();
    assert!(rule.check("abcD").is_ok());
    assert!(rule.check("abcd").is_err());
}

#[test]
fn rejects_unknown_or_malformed() {
    assert!(rule_from_spec("min:x").is_none());
    assert!(rule_from_spec("digit:3").is_none());
    assert_eq!(Policy::parse("min:4,emoji").err().unwrap(), "unknown rule `emoji`");
}

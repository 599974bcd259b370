use password_policy::policy::check;

#[test]
fn length_boundaries() {
    assert_eq!(check("Abcdefghij1"), vec!["at least 12 characters"]);
    assert!(check("Abcdefghijk1").is_empty());
    let long = format!("A1{}", "b".repeat(127));
    assert_eq!(check(&long), vec!["at most 128 characters"]);
}

use intent_caesar_shift::shift;

#[test]
fn shifts_letters_only() {
    assert_eq!(shift("abc xyz", 3), "def abc");
    assert_eq!(shift("Hello, World!", 13), "Uryyb, Jbeyq!");
}

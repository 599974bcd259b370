use intent_count_vowels::count_vowels;

#[test]
fn counts_both_cases() {
    assert_eq!(count_vowels("Hello World"), 3);
    assert_eq!(count_vowels("AEIOU xyz"), 5);
    assert_eq!(count_vowels(""), 0);
}

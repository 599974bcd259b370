use intent_palindrome::is_palindrome;

#[test]
fn ignores_case_and_punctuation() {
    assert!(is_palindrome("A man, a plan, a canal: Panama"));
    assert!(!is_palindrome("hello"));
    assert!(is_palindrome(""));
}

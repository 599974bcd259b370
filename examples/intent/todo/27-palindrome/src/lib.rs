/// Whether `text` reads the same backwards, ignoring case and anything not alphanumeric.
pub fn is_palindrome(text: &str) -> bool {
    todo!()
}

/// How many lines of `text` have something other than whitespace.
pub fn count_nonempty(text: &str) -> usize {
    text.lines().count()
}

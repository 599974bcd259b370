/// How many ASCII vowels (a, e, i, o, u, either case) `text` has.
pub fn count_vowels(text: &str) -> usize {
    // TODO: count them
    todo!()
}

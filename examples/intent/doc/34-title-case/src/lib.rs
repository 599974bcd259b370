/// Every word with its first letter upper-cased and the rest lower-cased.
pub fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|word| word.to_uppercase())
        .collect::<Vec<_>>()
        .join(" ")
}

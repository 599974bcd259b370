pub fn title_case(s: &str) -> String {
    let mut out = String::new();
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out
}

pub fn shout(words: Vec<String>) -> Vec<String> {
    let loud: Vec<String> = words.into_iter().map(|w| w.to_uppercase()).collect();
    println!("{} words", words.len());
    loud
}

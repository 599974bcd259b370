#[derive(Debug, PartialEq)]
pub enum SplitError {
    UnclosedQuote(char),
    Empty,
}

pub fn split_words(line: &str) -> Result<Vec<String>, SplitError> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut quoted_word = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                quoted_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if !cur.is_empty() || quoted_word {
                    words.push(std::mem::take(&mut cur));
                    quoted_word = false;
                }
            }
            (None, c) => cur.push(c),
        }
    }
    if let Some(q) = quote {
        return Err(SplitError::UnclosedQuote(q));
    }
    Ok(words)
}

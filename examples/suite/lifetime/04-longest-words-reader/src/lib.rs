use std::io::{self, BufRead};

fn clean(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The `n` longest distinct words in the input, longest first, ties alphabetical.
/// Lines starting with `;` are comments.
pub fn longest_words<R: BufRead>(reader: R, n: usize) -> io::Result<Vec<String>> {
    let mut words: Vec<&str> = Vec::new();
    for line in reader.lines() {
        let line = line?;
        if line.trim_start().starts_with(';') {
            continue;
        }
        words.extend(
            line.split_whitespace()
                .map(clean)
                .filter(|w| !w.is_empty()),
        );
    }
    words.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    words.dedup();
    Ok(words.iter().take(n).map(|w| w.to_string()).collect())
}

/// Count of words per length, index = length.
pub fn length_histogram<R: BufRead>(reader: R) -> io::Result<Vec<usize>> {
    let mut hist = Vec::new();
    for line in reader.lines() {
        for word in line?.split_whitespace().map(clean) {
            let len = word.chars().count();
            if hist.len() <= len {
                hist.resize(len + 1, 0);
            }
            hist[len] += 1;
        }
    }
    Ok(hist)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    const TEXT: &str = "; word list\nThe quick, brown fox jumps\nover the (lazy) dog -- quick!\n";

    #[test]
    fn picks_longest_distinct_words() {
        let top = longest_words(Cursor::new(TEXT), 4).unwrap();
        assert_eq!(top, ["brown", "jumps", "quick", "lazy"]);
        assert!(longest_words(Cursor::new(""), 3).unwrap().is_empty());
    }

    #[test]
    fn histogram_counts_lengths() {
        let hist = length_histogram(Cursor::new("a bb cc ddd,")).unwrap();
        assert_eq!(hist, [0, 1, 2, 1]);
    }
}

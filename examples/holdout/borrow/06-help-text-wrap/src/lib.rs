//! Greedy word wrapping for a command-line help renderer.

/// Wrap `text` to lines of at most `width` columns (longer words get their own line),
/// appending them to `out`. Returns how many lines were added.
pub fn wrap_into(text: &str, width: usize, out: &mut Vec<String>) -> usize {
    let mut line = String::new();
    let mut flush = |line: &mut String| {
        if !line.is_empty() {
            out.push(std::mem::take(line));
        }
    };
    let start = out.len();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.len() + 1 + word.len() > width {
            flush(&mut line);
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    flush(&mut line);
    out.len() - start
}

/// Render `--flag  description` entries with descriptions wrapped and aligned.
pub fn render_options(entries: &[(&str, &str)], width: usize) -> String {
    let pad = entries.iter().map(|(flag, _)| flag.len()).max().unwrap_or(0) + 2;
    let mut out = String::new();
    for (flag, desc) in entries {
        let mut lines = Vec::new();
        wrap_into(desc, width.saturating_sub(pad).max(10), &mut lines);
        for (i, l) in lines.iter().enumerate() {
            let label = if i == 0 { *flag } else { "" };
            out.push_str(&format!("{label:<pad$}{l}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_counts() {
        let mut out = vec!["header".to_string()];
        let n = wrap_into("the quick brown fox jumps over the lazy dog", 12, &mut out);
        assert_eq!(n, 4);
        assert_eq!(out, ["header", "the quick", "brown fox", "jumps over", "the lazy dog"]);
    }

    #[test]
    fn long_words_and_empty_text() {
        let mut out = Vec::new();
        assert_eq!(wrap_into("   ", 5, &mut out), 0);
        assert_eq!(wrap_into("a supercalifragilistic b", 5, &mut out), 3);
        assert_eq!(out[1], "supercalifragilistic");
    }

    #[test]
    fn options_are_aligned() {
        let text = render_options(&[("-v", "verbose output"), ("--jobs N", "number of parallel jobs to run")], 24);
        assert_eq!(
            text,
            "-v        verbose output\n--jobs N  number of\n          parallel jobs\n          to run\n"
        );
    }
}

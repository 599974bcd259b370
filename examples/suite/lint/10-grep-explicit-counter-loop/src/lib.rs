//! The matching core of a tiny grep: case folding, inverted matches and a match limit.

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub ignore_case: bool,
    pub invert: bool,
    pub max_count: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit<'a> {
    pub line_no: usize,
    pub line: &'a str,
}

pub fn is_match(line: &str, pattern: &str, opts: &Options) -> bool {
    let found = if opts.ignore_case {
        line.to_lowercase().contains(&pattern.to_lowercase())
    } else {
        line.contains(pattern)
    };
    found != opts.invert
}

/// Matching lines with 1-based line numbers.
pub fn search<'a>(text: &'a str, pattern: &str, opts: &Options) -> Vec<Hit<'a>> {
    let mut hits = Vec::new();
    let mut line_no = 1;
    for line in text.lines() {
        if opts.max_count.is_some_and(|max| hits.len() >= max) {
            break;
        }
        if is_match(line, pattern, opts) {
            hits.push(Hit { line_no, line });
        }
        line_no += 1;
    }
    hits
}

pub fn format_hits(hits: &[Hit]) -> String {
    hits.iter().map(|h| format!("{}:{}\n", h.line_no, h.line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "fn main() {\n    let Error = 1;\n    // error handling\n}\nerror: done\n";

    #[test]
    fn numbers_lines_from_one() {
        let hits = search(TEXT, "error", &Options::default());
        assert_eq!(format_hits(&hits), "3:    // error handling\n5:error: done\n");
        let ci = Options { ignore_case: true, max_count: Some(2), ..Default::default() };
        let lines: Vec<usize> = search(TEXT, "ERROR", &ci).iter().map(|h| h.line_no).collect();
        assert_eq!(lines, vec![2, 3]);
    }

    #[test]
    fn inverted_match() {
        let inv = Options { invert: true, ..Default::default() };
        let hits = search(TEXT, "e", &inv);
        assert_eq!(hits, vec![Hit { line_no: 1, line: "fn main() {" }, Hit { line_no: 4, line: "}" }]);
    }
}

/// One occurrence of the needle, borrowing its line from the haystack.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match<'h> {
    pub line_no: usize,
    pub column: usize,
    pub len: usize,
    pub line: &'h str,
}

/// Every non-overlapping occurrence of `needle`, line by line (1-based line numbers).
pub fn find_all(haystack: &str, needle: &str) -> Vec<Match> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    for (i, line) in haystack.lines().enumerate() {
        let mut start = 0;
        while let Some(pos) = line[start..].find(needle) {
            found.push(Match { line_no: i + 1, column: start + pos, len: needle.len(), line });
            start += pos + needle.len();
        }
    }
    found
}

use crate::search::Match;

/// The matched line with the match wrapped in ANSI bold red.
pub fn highlight(m: Match) -> &str {
    let end = m.column + m.len;
    let mut out = String::with_capacity(m.line.len() + 9);
    out.push_str(&m.line[..m.column]);
    out.push_str("\x1b[1;31m");
    out.push_str(&m.line[m.column..end]);
    out.push_str("\x1b[0m");
    out.push_str(&m.line[end..]);
    &out
}

/// At most `width` bytes of context on each side of the match, without copying.
pub fn snippet<'h>(m: &Match<'h>, width: usize) -> &'h str {
    let mut start = m.column.saturating_sub(width);
    while !m.line.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (m.column + m.len + width).min(m.line.len());
    while !m.line.is_char_boundary(end) {
        end += 1;
    }
    &m.line[start..end]
}

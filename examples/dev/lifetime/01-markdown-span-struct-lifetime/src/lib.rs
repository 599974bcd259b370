//! Split a line of Markdown-ish text into plain, *emphasis* and `code` spans.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Emphasis,
    Code,
}

/// A piece of the input line; `text` borrows from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub style: Style,
    pub text: &str,
}

impl Span {
    pub fn to_html(&self) -> String {
        match self.style {
            Style::Plain => self.text.to_string(),
            Style::Emphasis => format!("<em>{}</em>", self.text),
            Style::Code => format!("<code>{}</code>", self.text),
        }
    }
}

/// The spans of `line`, or the byte offset of an unclosed delimiter.
pub fn spans(line: &str) -> Result<Vec<Span>, usize> {
    let mut out = Vec::new();
    let mut rest = line;
    let mut offset = 0;
    while !rest.is_empty() {
        match rest.find(['*', '`']) {
            None => {
                out.push(Span { style: Style::Plain, text: rest });
                break;
            }
            Some(0) => {
                let delim = if rest.starts_with('*') { '*' } else { '`' };
                let close = rest[1..].find(delim).ok_or(offset)?;
                let style = if delim == '*' { Style::Emphasis } else { Style::Code };
                out.push(Span { style, text: &rest[1..1 + close] });
                rest = &rest[close + 2..];
                offset += close + 2;
            }
            Some(i) => {
                out.push(Span { style: Style::Plain, text: &rest[..i] });
                rest = &rest[i..];
                offset += i;
            }
        }
    }
    Ok(out)
}

pub fn line_to_html(line: &str) -> Result<String, usize> {
    Ok(spans(line)?.iter().map(Span::to_html).collect())
}

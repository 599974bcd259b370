//! Iterate over the paragraphs of a text (blocks separated by blank lines).

pub struct Paragraphs<'a> {
    rest: &'a str,
}

pub fn paragraphs(text: &str) -> Paragraphs<'_> {
    Paragraphs { rest: text }
}

impl<'a> Iterator for Paragraphs<'a> {
    fn next(&mut self) -> Option<Vec<&'a str>> {
        let mut lines = Vec::new();
        loop {
            if self.rest.is_empty() {
                break;
            }
            let (line, rest) = match self.rest.find('\n') {
                Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
                None => (self.rest, ""),
            };
            self.rest = rest;
            if line.trim().is_empty() {
                if lines.is_empty() {
                    continue;
                }
                break;
            }
            lines.push(line.trim_end());
        }
        if lines.is_empty() {
            None
        } else {
            Some(lines)
        }
    }
}

/// Re-flow each paragraph onto a single line.
pub fn reflow(text: &str) -> Vec<String> {
    paragraphs(text).map(|p| p.join(" ")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\n\nFirst line\ncontinues here\n\n\nSecond para\n  \nThird\nand last";

    #[test]
    fn splits_on_blank_lines() {
        let paras: Vec<Vec<&str>> = paragraphs(TEXT).collect();
        assert_eq!(paras.len(), 3);
        assert_eq!(paras[0], vec!["First line", "continues here"]);
        assert_eq!(paras[2], vec!["Third", "and last"]);
    }

    #[test]
    fn reflows_and_handles_empty() {
        assert_eq!(reflow(TEXT)[1], "Second para");
        assert_eq!(paragraphs("\n \n").count(), 0);
    }
}

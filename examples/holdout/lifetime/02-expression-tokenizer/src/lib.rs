//! Zero-copy tokenizer for the calculator's expression language.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Token<'a> {
    Num(f64),
    Ident(&'a str),
    Op(char),
    LParen,
    RParen,
}

pub struct Tokens<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokens { src, pos: 0 }
    }
}

fn run_len(s: &str, pred: impl Fn(char) -> bool) -> usize {
    s.find(|c: char| !pred(c)).unwrap_or(s.len())
}

impl Iterator for Tokens<'a> {
    type Item = Result<Token<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.src[self.pos..];
        let trimmed = rest.trim_start();
        self.pos += rest.len() - trimmed.len();
        let start = self.pos;
        let c = trimmed.chars().next()?;
        if c.is_ascii_digit() || c == '.' {
            let len = run_len(trimmed, |ch| ch.is_ascii_digit() || ch == '.');
            self.pos += len;
            return Some(
                trimmed[..len]
                    .parse()
                    .map(Token::Num)
                    .map_err(|_| format!("bad number at {start}")),
            );
        }
        if c.is_alphabetic() || c == '_' {
            let len = run_len(trimmed, |ch| ch.is_alphanumeric() || ch == '_');
            self.pos += len;
            return Some(Ok(Token::Ident(&self.src[start..start + len])));
        }
        self.pos += c.len_utf8();
        Some(match c {
            '+' | '-' | '*' | '/' | '^' => Ok(Token::Op(c)),
            '(' => Ok(Token::LParen),
            ')' => Ok(Token::RParen),
            other => Err(format!("unexpected {other:?} at {start}")),
        })
    }
}

/// Distinct identifiers in order of first appearance.
pub fn identifiers(src: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    for tok in Tokens::new(src) {
        if let Token::Ident(name) = tok? {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_expression() {
        let toks: Result<Vec<_>, _> = Tokens::new("2.5 * (rate + x_1)").collect();
        assert_eq!(
            toks.unwrap(),
            vec![
                Token::Num(2.5),
                Token::Op('*'),
                Token::LParen,
                Token::Ident("rate"),
                Token::Op('+'),
                Token::Ident("x_1"),
                Token::RParen,
            ]
        );
    }

    #[test]
    fn identifiers_and_errors() {
        assert_eq!(identifiers("a + b * a ^ c").unwrap(), vec!["a", "b", "c"]);
        assert_eq!(identifiers("a $ b").unwrap_err(), "unexpected '$' at 2");
        assert!(identifiers("1.2.3").is_err());
    }
}

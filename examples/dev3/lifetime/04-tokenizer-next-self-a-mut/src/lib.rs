#[derive(Debug, PartialEq)]
pub enum Token<'a> {
    Number(f64),
    Ident(&'a str),
    Op(char),
}

pub struct Tokens<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokens { src, pos: 0 }
    }

    pub fn next_token(&'a mut self) -> Option<Token<'a>> {
        let rest = self.src[self.pos..].trim_start();
        self.pos = self.src.len() - rest.len();
        let first = rest.chars().next()?;
        let len = if first.is_ascii_digit() {
            rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len())
        } else if first.is_alphabetic() {
            rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        let text = &rest[..len];
        self.pos += len;
        Some(if first.is_ascii_digit() {
            Token::Number(text.parse().ok()?)
        } else if first.is_alphabetic() {
            Token::Ident(text)
        } else {
            Token::Op(first)
        })
    }
}

pub fn tokenize(src: &str) -> Vec<Token<'_>> {
    let mut tokens = Tokens::new(src);
    let mut out = Vec::new();
    while let Some(t) = tokens.next_token() {
        out.push(t);
    }
    out
}

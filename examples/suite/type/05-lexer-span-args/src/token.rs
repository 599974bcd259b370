#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub line: u32,
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(line: u32, start: usize, end: usize) -> Self {
        Span { line, start, end }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Number(i64),
    Ident(String),
    Op(char),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: Kind,
    pub span: Span,
}

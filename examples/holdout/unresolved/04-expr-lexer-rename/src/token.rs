#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Num,
    Ident,
    Op,
    LParen,
    RParen,
}

/// One lexeme with its byte offset in the source formula.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lexeme {
    pub kind: Kind,
    pub text: String,
    pub pos: usize,
}

impl Lexeme {
    pub fn is_operator(&self, op: &str) -> bool {
        self.kind == Kind::Op && self.text == op
    }
}

use crate::lexer::{self, Token};

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.pos).copied();
        self.pos += 1;
        token
    }

    fn peek_op(&self, ops: &[char]) -> Option<char> {
        match self.tokens.get(self.pos) {
            Some(Token::Op(c)) if ops.contains(c) => Some(*c),
            _ => None,
        }
    }

    fn expr(&mut self) -> Result<i64, String> {
        let mut value = self.term()?;
        while let Some(op) = self.peek_op(&['+', '-']) {
            self.pos += 1;
            let rhs = self.term()?;
            value = if op == '+' { value + rhs } else { value - rhs };
        }
        Ok(value)
    }

    fn term(&mut self) -> Result<i64, String> {
        let mut value = self.atom()?;
        while let Some(op) = self.peek_op(&['*', '/']) {
            self.pos += 1;
            let rhs = self.atom()?;
            if op == '/' && rhs == 0 {
                return Err("division by zero".to_string());
            }
            value = if op == '*' { value * rhs } else { value / rhs };
        }
        Ok(value)
    }

    fn atom(&mut self) -> Result<i64, String> {
        match self.next() {
            Some(Token::Num(n)) => Ok(n),
            Some(Token::Op('-')) => Ok(-self.atom()?),
            Some(Token::Open) => {
                let value = self.expr()?;
                match self.next() {
                    Some(Token::Close) => Ok(value),
                    _ => Err("expected `)`".to_string()),
                }
            }
            other => Err(format!("unexpected {:?}", other)),
        }
    }
}

pub fn eval(src: &str) -> Result<i64, String> {
    let tokens = lexer::tokenize(src)?;
    let mut parser = Parser { tokens, pos: 0 };
    let value = parser.expr()?;
    if parser.pos != parser.tokens.len() {
        return Err("trailing input".to_string());
    }
    Ok(value)
}

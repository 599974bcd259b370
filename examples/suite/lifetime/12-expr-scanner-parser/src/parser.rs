use crate::scanner::{tokenize, Token};
use std::collections::HashMap;

struct Parser<'a, 'v> {
    tokens: Vec<Token<'a>>,
    pos: usize,
    vars: &'v HashMap<String, f64>,
}

impl Parser<'_, '_> {
    fn peek(&self) -> Option<&Token<'_>> {
        self.tokens.get(self.pos)
    }

    fn binary(&mut self, ops: &str, next: fn(&mut Self) -> Result<f64, String>) -> Result<f64, String> {
        let mut value = next(self)?;
        loop {
            let op = match self.peek() {
                Some(Token::Op(c)) if ops.contains(*c) => c,
                _ => break,
            };
            self.pos += 1;
            let rhs = next(self)?;
            value = match *op {
                '+' => value + rhs,
                '-' => value - rhs,
                '*' => value * rhs,
                _ => value / rhs,
            };
        }
        Ok(value)
    }

    fn expr(&mut self) -> Result<f64, String> {
        self.binary("+-", |p| p.binary("*/", Self::atom))
    }

    fn atom(&mut self) -> Result<f64, String> {
        let token = self.tokens.get(self.pos).copied().ok_or("unexpected end")?;
        self.pos += 1;
        match token {
            Token::Num(n) => Ok(n),
            Token::Ident(name) => self.vars.get(name).copied().ok_or(format!("unknown variable {name}")),
            Token::Op('-') => Ok(-self.atom()?),
            Token::Open => {
                let value = self.expr()?;
                match self.tokens.get(self.pos) {
                    Some(Token::Close) => {
                        self.pos += 1;
                        Ok(value)
                    }
                    _ => Err("missing )".to_string()),
                }
            }
            other => Err(format!("unexpected {other:?}")),
        }
    }
}

pub fn eval(src: &str, vars: &HashMap<String, f64>) -> Result<f64, String> {
    let mut parser = Parser { tokens: tokenize(src)?, pos: 0, vars };
    let value = parser.expr()?;
    match parser.peek() {
        None => Ok(value),
        Some(t) => Err(format!("trailing {t:?}")),
    }
}

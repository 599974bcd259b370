//! A calculator for `a + b * c`-style expressions with variables (left to right, no precedence).
pub mod lexer;

use lexer::{tokenize, Token};
use std::collections::HashMap;

pub fn eval(src: &str, vars: &HashMap<String, i64>) -> Result<i64, String> {
    let tokens = tokenize(src)?;
    let mut acc: Option<i64> = None;
    let mut op = '+';
    for t in tokens {
        match t {
            Token::Op(c) => op = c,
            Token::Num(_) | Token::Ident(_) => {
                let v = match t {
                    Token::Num(n) => n,
                    Token::Ident(name) => *vars.get(&name).ok_or(format!("unknown variable {}", name))?,
                    _ => unreachable!(),
                };
                let a = acc.unwrap_or(0);
                acc = Some(match op {
                    '+' => a + v,
                    '-' => a - v,
                    '*' => a * v,
                    _ => a / v,
                });
            }
        }
    }
    acc.ok_or_else(|| "empty expression".to_string())
}

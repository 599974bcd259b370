use std::collections::HashMap;

use crate::error::CalcError;

#[derive(Debug, Default)]
pub struct Calculator {
    vars: HashMap<String, f64>,
}

impl Calculator {
    pub fn set(&mut self, name: &str, value: f64) {
        self.vars.insert(name.to_string(), value);
    }

    /// Evaluate e.g. "3 4 + x *". Exactly one value must remain.
    pub fn eval(&self, expr: &str) -> Result<f64> {
        let mut stack: Vec<f64> = Vec::new();
        for tok in expr.split_whitespace() {
            match tok {
                "+" | "-" | "*" | "/" => {
                    let (b, a) = match (stack.pop(), stack.pop()) {
                        (Some(b), Some(a)) => (b, a),
                        _ => return Err(CalcError::StackUnderflow(tok.to_string())),
                    };
                    let v = match tok {
                        '+' => a + b,
                        '-' => a - b,
                        '*' => a * b,
                        _ if b == 0.0 => return Err(CalcError::DivisionByZero),
                        _ => a / b,
                    };
                    stack.push(v);
                }
                _ => {
                    let v = match tok.parse::<f64>() {
                        Ok(v) => v,
                        Err(_) => *self
                            .vars
                            .get(tok)
                            .ok_or_else(|| CalcError::UnknownToken(tok.to_string()))?,
                    };
                    stack.push(v);
                }
            }
        }
        match stack.as_slice() {
            [v] => Ok(*v),
            other => Err(CalcError::LeftOver(other.len())),
        }
    }
}

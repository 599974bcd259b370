//! Reverse Polish notation evaluator behind a desk-calculator widget.

#[derive(Debug, PartialEq)]
pub enum CalcError {
    Underflow(String),
    UnknownToken(String),
    DivisionByZero,
    Leftover(usize),
}

fn binary(op: &str, a: f64, b: f64) -> Result<f64, CalcError> {
    let v = match op {
        "+" => a + b,
        "-" => a - b
        "*" | "x" => a * b,
        "/" if b == 0.0 => return Err(CalcError::DivisionByZero),
        "/" => a / b,
        "^" => a.powf(b),
        _ => unreachable!("checked by is_binary"),
    };
    Ok(v)
}

fn is_binary(tok: &str) -> bool {
    matches!(tok, "+" | "-" | "*" | "x" | "/" | "^")
}

pub fn eval(expr: &str) -> Result<f64, CalcError> {
    let mut stack: Vec<f64> = Vec::new();
    for tok in expr.split_whitespace() {
        if is_binary(tok) {
            let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else {
                return Err(CalcError::Underflow(tok.to_string()));
            };
            stack.push(binary(tok, a, b)?);
        } else if tok == "neg" {
            let a = stack.pop().ok_or_else(|| CalcError::Underflow(tok.to_string()))?;
            stack.push(-a);
        } else if tok == "dup" {
            let a = *stack.last().ok_or_else(|| CalcError::Underflow(tok.to_string()))?;
            stack.push(a);
        } else {
            let n = tok.parse().map_err(|_| CalcError::UnknownToken(tok.to_string()))?;
            stack.push(n);
        }
    }
    match stack.as_slice() {
        [v] => Ok(*v),
        [] => Err(CalcError::Underflow("end of input".into())),
        rest => Err(CalcError::Leftover(rest.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_expressions() {
        assert_eq!(eval("3 4 + 2 x"), Ok(14.0));
        assert_eq!(eval("2 3 ^ neg"), Ok(-8.0));
        assert_eq!(eval("5 dup * 1 -"), Ok(24.0));
        assert_eq!(eval("10 4 /"), Ok(2.5));
    }

    #[test]
    fn reports_errors() {
        assert_eq!(eval("1 0 /"), Err(CalcError::DivisionByZero));
        assert_eq!(eval("1 +"), Err(CalcError::Underflow("+".into())));
        assert_eq!(eval("1 2"), Err(CalcError::Leftover(2)));
        assert_eq!(eval("1 two +"), Err(CalcError::UnknownToken("two".into())));
    }
}

//! A tiny stack machine evaluating postfix programs such as `3 4 + 2 *`.

pub mod ops {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum BinOp {
        Add,
        Sub,
        Mul,
        Div,
    }

    impl BinOp {
        pub fn parse(word: &str) -> Option<BinOp> {
            Some(match word {
                "+" => BinOp::Add,
                "-" => BinOp::Sub,
                "*" => BinOp::Mul,
                "/" => BinOp::Div,
                _ => return None,
            })
        }
    }

    /// Apply an operator; `None` on division by zero or overflow.
    pub fn apply_op(op: BinOp, lhs: i64, rhs: i64) -> Option<i64> {
        match op {
            BinOp::Add => lhs.checked_add(rhs),
            BinOp::Sub => lhs.checked_sub(rhs),
            BinOp::Mul => lhs.checked_mul(rhs),
            BinOp::Div => lhs.checked_div(rhs),
        }
    }
}

use ops::BinOp;

#[derive(Debug, PartialEq)]
pub enum VmError {
    StackUnderflow(usize),
    Arithmetic(usize),
    BadWord(String),
    LeftOver(usize),
}

pub fn eval(program: &str) -> Result<i64, VmError> {
    let mut stack: Vec<i64> = Vec::new();
    for (pos, word) in program.split_whitespace().enumerate() {
        if let Ok(n) = word.parse::<i64>() {
            stack.push(n);
            continue;
        }
        match word {
            "dup" => {
                let top = *stack.last().ok_or(VmError::StackUnderflow(pos))?;
                stack.push(top);
            }
            "swap" => {
                let len = stack.len();
                if len < 2 {
                    return Err(VmError::StackUnderflow(pos));
                }
                stack.swap(len - 1, len - 2);
            }
            _ => {
                let op = BinOp::parse(word).ok_or_else(|| VmError::BadWord(word.to_string()))?;
                let rhs = stack.pop().ok_or(VmError::StackUnderflow(pos))?;
                let lhs = stack.pop().ok_or(VmError::StackUnderflow(pos))?;
                stack.push(apply_op(op, lhs, rhs).ok_or(VmError::Arithmetic(pos))?);
            }
        }
    }
    match stack.as_slice() {
        [result] => Ok(*result),
        _ => Err(VmError::LeftOver(stack.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_postfix() {
        assert_eq!(eval("3 4 + 2 *"), Ok(14));
        assert_eq!(eval("10 2 swap -"), Ok(-8));
        assert_eq!(eval("5 dup *"), Ok(25));
    }

    #[test]
    fn reports_errors() {
        assert_eq!(eval("1 0 /"), Err(VmError::Arithmetic(2)));
        assert_eq!(eval("1 +"), Err(VmError::StackUnderflow(1)));
        assert_eq!(eval("1 2 frob"), Err(VmError::BadWord("frob".into())));
        assert_eq!(eval("1 2"), Err(VmError::LeftOver(2)));
    }
}

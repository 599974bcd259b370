use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum CalcError {
    StackUnderflow(String),
    DivisionByZero,
    UnknownToken(String),
    LeftOver(usize),
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::StackUnderflow(op) => write!(f, "not enough operands for {}", op),
            CalcError::DivisionByZero => write!(f, "division by zero"),
            CalcError::UnknownToken(t) => write!(f, "unknown token {:?}", t),
            CalcError::LeftOver(n) => write!(f, "{} values left on the stack", n),
        }
    }
}

use crate::limits::{MAX_ATOM_LEN, MAX_DEPTH};

#[derive(Debug, Clone, PartialEq)]
pub enum Sexpr {
    Atom(String),
    List(Vec<Sexpr>),
}

#[derive(Debug, PartialEq)]
pub enum ParseError {
    Unbalanced,
    TooDeep,
    AtomTooLong(usize),
}

pub fn parse(src: &str) -> Result<Sexpr, ParseError> {
    let mut stack: Vec<Vec<Sexpr>> = vec![Vec::new()];
    let mut atom = String::new();
    let flush = |atom: &mut String, top: &mut Vec<Sexpr>| {
        if !atom.is_empty() {
            top.push(Sexpr::Atom(std::mem::take(atom)));
        }
    };
    for c in src.chars() {
        match c {
            '(' => {
                flush(&mut atom, stack.last_mut().unwrap());
                if stack.len() > MAX_DEPTH {
                    return Err(ParseError::TooDeep);
                }
                stack.push(Vec::new());
            }
            ')' => {
                flush(&mut atom, stack.last_mut().unwrap());
                if stack.len() == 1 {
                    return Err(ParseError::Unbalanced);
                }
                let list = stack.pop().unwrap();
                stack.last_mut().unwrap().push(Sexpr::List(list));
            }
            c if c.is_whitespace() => flush(&mut atom, stack.last_mut().unwrap()),
            c => {
                atom.push(c);
                if atom.len() > MAX_ATOM_LEN {
                    return Err(ParseError::AtomTooLong(atom.len()));
                }
            }
        }
    }
    flush(&mut atom, stack.last_mut().unwrap());
    if stack.len() != 1 {
        return Err(ParseError::Unbalanced);
    }
    let mut top = stack.pop().unwrap();
    Ok(if top.len() == 1 { top.remove(0) } else { Sexpr::List(top) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atom(s: &str) -> Sexpr {
        Sexpr::Atom(s.to_string())
    }

    #[test]
    fn parses_nested_lists() {
        let e = parse("(define (sq x) (* x x))").unwrap();
        let Sexpr::List(items) = e else { panic!("not a list") };
        assert_eq!(items[0], atom("define"));
        assert_eq!(items[1], Sexpr::List(vec![atom("sq"), atom("x")]));
        assert_eq!(items.len(), 3);
    }

    #[test]
    fn enforces_limits() {
        assert_eq!(parse("(a (b)"), Err(ParseError::Unbalanced));
        assert_eq!(parse("a)"), Err(ParseError::Unbalanced));
        let ok = "(".repeat(MAX_DEPTH) + &")".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "(".repeat(MAX_DEPTH + 1) + &")".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&deep), Err(ParseError::TooDeep));
        assert_eq!(parse(&"x".repeat(65)), Err(ParseError::AtomTooLong(65)));
    }
}

//! Lexer for a tiny expression language, recording byte spans for errors.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Number(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: Kind,
    pub span: Span,
}

#[derive(Debug, PartialEq)]
pub struct LexError {
    pub span: Span,
    pub found: char,
}

pub fn lex(src: &str) -> Result<Vec<Token>, LexError> {
    let bytes = src.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        let start = i;
        let kind = if c.is_ascii_whitespace() {
            i += 1;
            continue;
        } else if c.is_ascii_digit() || c == '.' {
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            Kind::Number(src[start..i].parse().map_err(|_| LexError {
                span: Span { start, end: i },
                found: c,
            })?)
        } else if c.is_ascii_alphabetic() || c == '_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            Kind::Ident(src[start..i].to_string())
        } else {
            i += 1;
            match c {
                '+' | '-' | '*' | '/' | '^' => Kind::Op(c),
                '(' => Kind::LParen,
                ')' => Kind::RParen,
                _ => {
                    return Err(LexError {
                        span: Span { start, end: i },
                        found: c,
                    })
                }
            }
        };
        tokens.push(Token {
            kind,
            span: Pos { start, end: i },
        });
    }
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexes_expression_with_spans() {
        let toks = lex("rate * (12.5 + x1)").unwrap();
        let kinds: Vec<Kind> = toks.iter().map(|t| t.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                Kind::Ident("rate".into()),
                Kind::Op('*'),
                Kind::LParen,
                Kind::Number(12.5),
                Kind::Op('+'),
                Kind::Ident("x1".into()),
                Kind::RParen,
            ]
        );
        assert_eq!(toks[3].span, Span { start: 8, end: 12 });
    }

    #[test]
    fn reports_bad_character_and_number() {
        let err = lex("a # b").unwrap_err();
        assert_eq!(err, LexError { span: Span { start: 2, end: 3 }, found: '#' });
        assert_eq!(lex("1.2.3").unwrap_err().span, Span { start: 0, end: 5 });
    }
}

use crate::token::{Kind, Lexeme};

#[derive(Debug, PartialEq, Eq)]
pub struct LexError {
    pub pos: usize,
    pub ch: char,
}

fn continues(kind: Kind, c: char) -> bool {
    match kind {
        Kind::Num => c.is_ascii_digit() || c == '.',
        Kind::Ident => c.is_alphanumeric() || c == '_',
        _ => false,
    }
}

pub fn lex(src: &str) -> Result<Vec<Lexeme>, LexError> {
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let kind = match c {
            ' ' | '\t' => {
                i += 1;
                continue;
            }
            '0'..='9' | '.' => Kind::Num,
            'a'..='z' | 'A'..='Z' | '_' => Kind::Ident,
            '+' | '-' | '*' | '/' | '^' => Kind::Op,
            '(' => Kind::LParen,
            ')' => Kind::RParen,
            other => return Err(LexError { pos, ch: other }),
        };
        i += 1;
        while i < chars.len() && continues(kind, chars[i].1) {
            i += 1;
        }
        let end = chars.get(i).map_or(src.len(), |&(p, _)| p);
        out.push(Token { kind, text: src[pos..end].to_string(), pos });
    }
    Ok(out)
}

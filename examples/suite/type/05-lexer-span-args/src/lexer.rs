use crate::token::{Kind, Span, Token};

/// Split source text into tokens; columns in spans are relative to the line.
pub fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    for (n, text) in src.lines().enumerate() {
        let line = n as u32 + 1;
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let start = i;
            if c.is_whitespace() {
                i += 1;
            } else if c.is_ascii_digit() {
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let digits: String = chars[start..i].iter().collect();
                let value = digits.parse().map_err(|_| format!("{}:{}: number too large", line, start))?;
                tokens.push(Token { kind: Kind::Number(value), span: Span::new(line, start, i) });
            } else if c.is_alphabetic() || c == '_' {
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let name = chars[start..i].iter().collect();
                tokens.push(Token { kind: Kind::Ident(name), span: Span::new(start, i) });
            } else if "+-*/()=".contains(c) {
                i += 1;
                tokens.push(Token { kind: Kind::Op(c), span: Span::new(line, start, i) });
            } else {
                return Err(format!("{}:{}: unexpected character {:?}", line, start, c));
            }
        }
    }
    Ok(tokens)
}

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Num(i64),
    Ident(String),
    Op(char),
}

fn take_while(chars: &[char], i: &mut usize, f: impl Fn(char) -> bool) -> String {
    let start = *i;
    while *i < chars.len() && f(chars[*i]) {
        *i += 1;
    }
    chars[start..*i].iter().collect()
}

pub fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            c if c.is_alphanumeric() || c == '_' => out.push(Token::Ident(take_while(&chars, &mut i, |c| c.is_alphanumeric() || c == '_'))),
            c if c.is_ascii_digit() => out.push(Token::Num(take_while(&chars, &mut i, |c| c.is_ascii_digit()).parse().unwrap())),
            c @ ('+' | '-' | '*' | '/') => { out.push(Token::Op(c)); i += 1; }
            c if c.is_whitespace() => i += 1,
            c => return Err(format!("unexpected {:?} at {}", c, i)),
        }
    }
    Ok(out)
}

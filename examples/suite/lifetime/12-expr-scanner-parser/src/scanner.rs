#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Token<'a> {
    Num(f64),
    Ident(&'a str),
    Op(char),
    Open,
    Close,
}

struct Scanner<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &str {
        let start = self.pos;
        let len: usize = self.src[start..].chars().take_while(|&c| keep(c)).map(char::len_utf8).sum();
        self.pos += len;
        &self.src[start..self.pos]
    }

    fn next_token(&mut self) -> Option<Result<Token<'a>, String>> {
        self.take_while(char::is_whitespace);
        let c = self.src[self.pos..].chars().next()?;
        let token = if c.is_ascii_digit() {
            let text = self.take_while(|c| c.is_ascii_digit() || c == '.');
            return Some(text.parse().map(Token::Num).map_err(|_| format!("bad number {text}")));
        } else if c.is_alphabetic() || c == '_' {
            return Some(Ok(Token::Ident(self.take_while(|c| c.is_alphanumeric() || c == '_'))));
        } else if "+-*/".contains(c) {
            Token::Op(c)
        } else if c == '(' {
            Token::Open
        } else if c == ')' {
            Token::Close
        } else {
            return Some(Err(format!("unexpected {c:?} at {}", self.pos)));
        };
        self.pos += c.len_utf8();
        Some(Ok(token))
    }
}

pub fn tokenize(src: &str) -> Result<Vec<Token<'_>>, String> {
    let mut scanner = Scanner { src, pos: 0 };
    std::iter::from_fn(|| scanner.next_token()).collect()
}

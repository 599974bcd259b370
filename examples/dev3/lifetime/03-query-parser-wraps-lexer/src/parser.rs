use crate::lexer::Lexer;

#[derive(Debug, PartialEq)]
pub enum Filter<'a> {
    Field { key: &'a str, value: &'a str },
    Text(&'a str),
}

pub struct Parser {
    lexer: Lexer,
}

impl Parser {
    pub fn new(src: &str) -> Parser {
        Parser { lexer: Lexer::new(src) }
    }

    pub fn next_filter(&mut self) -> Option<Filter<'_>> {
        let word = self.lexer.next_word()?;
        Some(match word.split_once(':') {
            Some((key, value)) if !key.is_empty() => Filter::Field { key, value },
            _ => Filter::Text(word),
        })
    }
}

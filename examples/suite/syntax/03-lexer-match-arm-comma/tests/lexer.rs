use syntax_expr_lexer::{operator_count, tokenize, LexError, Token};

#[test]
fn tokenizes_expression() {
    let toks = tokenize("rate * (x_1 + 42)/7").unwrap();
    assert_eq!(
        toks,
        vec![
            Token::Ident("rate".into()),
            Token::Star,
            Token::LParen,
            Token::Ident("x_1".into()),
            Token::Plus,
            Token::Number(42),
            Token::RParen,
            Token::Slash,
            Token::Number(7),
        ]
    );
}

#[test]
fn counts_operators_and_reports_bad_chars() {
    assert_eq!(operator_count("1 - 2 * 3 - a"), Ok(3));
    assert_eq!(tokenize("a + $b"), Err(LexError { pos: 4, ch: '$' }));
}

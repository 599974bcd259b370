use unresolved_calc_lexer_renamed_fn::{eval, lex, Token};

#[test]
fn lexes_numbers_and_ops() {
    assert_eq!(
        lex("12+(3)").unwrap(),
        vec![Token::Num(12), Token::Op('+'), Token::Open, Token::Num(3), Token::Close]
    );
    assert!(lex("2 $ 3").is_err());
}

#[test]
fn precedence_and_parentheses() {
    assert_eq!(eval("2 + 3 * 4"), Ok(14));
    assert_eq!(eval("(2 + 3) * 4"), Ok(20));
    assert_eq!(eval("20 / 3 - -1"), Ok(7));
}

#[test]
fn errors() {
    assert_eq!(eval("1 / (2 - 2)"), Err("division by zero".to_string()));
    assert_eq!(eval("(1 + 2"), Err("expected `)`".to_string()));
    assert_eq!(eval("1 2"), Err("trailing input".to_string()));
}

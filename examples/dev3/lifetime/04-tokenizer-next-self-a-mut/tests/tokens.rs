use lifetime_tokenizer_next_self_a_mut::{tokenize, Token, Tokens};

#[test]
fn tokenizes_expression() {
    assert_eq!(
        tokenize("rate * 1.5+fee"),
        vec![
            Token::Ident("rate"),
            Token::Op('*'),
            Token::Number(1.5),
            Token::Op('+'),
            Token::Ident("fee"),
        ]
    );
}

#[test]
fn step_by_step() {
    let mut t = Tokens::new(" x1 ( ");
    assert_eq!(t.next_token(), Some(Token::Ident("x1")));
    assert_eq!(t.next_token(), Some(Token::Op('(')));
    assert_eq!(t.next_token(), None);
}

use calc_tokenizer::eval;
use calc_tokenizer::lexer::{tokenize, Token};
use std::collections::HashMap;

fn vars() -> HashMap<String, i64> {
    HashMap::from([("width".to_string(), 12), ("h_2".to_string(), 3)])
}

#[test]
fn numbers_and_variables() {
    assert_eq!(eval("width * 2 + 10", &vars()), Ok(34));
}

#[test]
fn tokens_of_a_mixed_expression() {
    assert_eq!(
        tokenize("x1+42").unwrap(),
        vec![Token::Ident("x1".into()), Token::Op('+'), Token::Num(42)]
    );
}

#[test]
fn variables_only_and_errors() {
    assert_eq!(eval("width / h_2", &vars()), Ok(4));
    assert_eq!(eval("depth", &vars()), Err("unknown variable depth".to_string()));
    assert_eq!(eval("  ", &vars()), Err("empty expression".to_string()));
    assert!(tokenize("a % b").is_err());
}

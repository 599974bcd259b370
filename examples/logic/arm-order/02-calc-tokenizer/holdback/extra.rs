use calc_tokenizer::eval;
use calc_tokenizer::lexer::{tokenize, Token};
use std::collections::HashMap;

#[test]
fn digits_then_letters() {
    let v = HashMap::from([("k".to_string(), 5)]);
    assert_eq!(eval("7 - 10", &v), Ok(-3));
    assert_eq!(eval("100 / k * 3", &v), Ok(60));
    assert_eq!(tokenize("3k").unwrap(), vec![Token::Num(3), Token::Ident("k".into())]);
    assert_eq!(tokenize("_a9").unwrap(), vec![Token::Ident("_a9".into())]);
}

use lifetime_expr_scanner_parser::{eval, tokenize, Token};
use std::collections::HashMap;

#[test]
fn tokens_borrow_identifiers() {
    let src = String::from("2.5*(width_px - 1)");
    let tokens = tokenize(&src).unwrap();
    assert_eq!(tokens[0], Token::Num(2.5));
    assert_eq!(tokens[3], Token::Ident("width_px"));
    assert_eq!(tokens.len(), 7);
    assert!(tokenize("3 $ 4").is_err());
}

#[test]
fn evaluates_with_precedence_and_variables() {
    let vars: HashMap<String, f64> = [("width".to_string(), 10.0), ("margin".to_string(), 2.0)].into();
    assert_eq!(eval("2 * (width + margin)", &vars), Ok(24.0));
    assert_eq!(eval("1 + 2 * 3 - 4 / 2", &vars), Ok(5.0));
    assert_eq!(eval("-margin * 3", &vars), Ok(-6.0));
    assert!(eval("height + 1", &vars).is_err());
    assert!(eval("(1 + 2", &vars).is_err());
    assert!(eval("1 2", &vars).is_err());
}

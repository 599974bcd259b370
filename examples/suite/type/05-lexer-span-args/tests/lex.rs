use type_lexer_span_args::{tokenize, Kind, Span};

#[test]
fn tokens_carry_line_and_columns() {
    let toks = tokenize("x = 42\n  total_2 * (x+1)").unwrap();
    assert_eq!(toks.len(), 10);
    assert_eq!(toks[0].kind, Kind::Ident("x".into()));
    assert_eq!(toks[2].kind, Kind::Number(42));
    assert_eq!(toks[2].span, Span::new(1, 4, 6));
    assert_eq!(toks[3].kind, Kind::Ident("total_2".into()));
    assert_eq!(toks[3].span, Span::new(2, 2, 9));
    assert_eq!(toks[9].kind, Kind::Op(')'));
}

#[test]
fn reports_bad_input() {
    assert_eq!(tokenize("a\nb # c"), Err("2:2: unexpected character '#'".to_string()));
    assert!(tokenize("99999999999999999999").is_err());
}

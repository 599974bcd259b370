use unresolved_expr_lexer_rename::{lex, Kind, LexError};

#[test]
fn splits_a_formula() {
    let toks = lex("sum_2 + 3.5*(rate)").unwrap();
    let texts: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts, ["sum_2", "+", "3.5", "*", "(", "rate", ")"]);
    assert_eq!(toks[0].kind, Kind::Ident);
    assert_eq!(toks[2].kind, Kind::Num);
    assert_eq!(toks[5].pos, 13);
    assert!(toks[1].is_operator("+"));
}

#[test]
fn reports_unknown_characters() {
    assert_eq!(lex("a + $b"), Err(LexError { pos: 4, ch: '$' }));
    assert_eq!(lex("   ").unwrap().len(), 0);
}

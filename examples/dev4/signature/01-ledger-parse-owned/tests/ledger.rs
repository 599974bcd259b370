use d4_signature_01_ledger_parse_owned::*;

#[test]
fn parses_and_sums() {
    let lines = ["rent,-120000", "salary, 300000", "bogus"];
    assert_eq!(parse_entry("a,5"), Some(Entry { account: "a".into(), cents: 5 }));
    assert_eq!(balance(&lines), 180000);
    assert_eq!(largest(&lines).as_deref(), Some("salary"));
    assert_eq!(d4_signature_01_ledger_parse_owned::summary::first_account("x,1\ny,2").as_deref(), Some("x"));
}

use d4_independent_08_parse_question_and_mut::*;

#[test]
fn parses() {
    assert_eq!(sum_all("1, 2,3"), Ok(6));
    assert!(sum_all("1,x").is_err());
    assert_eq!(doubled(&[1, -2]), vec![2, -4]);
}

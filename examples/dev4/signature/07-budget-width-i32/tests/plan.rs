use d4_signature_07_budget_width_i32::plan::month;

#[test]
fn plans() {
    assert_eq!(month(&[400, 500, 300]), (2, 50));
    assert_eq!(month(&[]), (0, 950));
}

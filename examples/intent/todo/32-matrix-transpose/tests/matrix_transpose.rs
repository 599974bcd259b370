use intent_matrix_transpose::transpose;

#[test]
fn transposes() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    assert_eq!(transpose(&m), vec![vec![1, 4], vec![2, 5], vec![3, 6]]);
    assert!(transpose(&[]).is_empty());
}

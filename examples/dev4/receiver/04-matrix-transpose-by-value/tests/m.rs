use d4_receiver_04_matrix_transpose_by_value::*;

#[test]
fn transposes() {
    let m = Matrix { rows: vec![vec![1, 2], vec![2, 1]] };
    assert!(is_symmetric(&m));
    assert_eq!(column(&Matrix { rows: vec![vec![1, 2], vec![3, 4]] }, 1), vec![2, 4]);
}

use borrow_gauss_elimination_rows::{solve, Matrix};

fn close(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
}

#[test]
fn solves_three_by_three() {
    let a = Matrix::from_rows(vec![
        vec![2.0, 1.0, -1.0],
        vec![-3.0, -1.0, 2.0],
        vec![-2.0, 1.0, 2.0],
    ]);
    let x = solve(a, vec![8.0, -11.0, -3.0]).unwrap();
    assert!(close(&x, &[2.0, 3.0, -1.0]), "{x:?}");
}

#[test]
fn needs_pivoting_and_detects_singular() {
    let a = Matrix::from_rows(vec![vec![0.0, 1.0], vec![1.0, 0.0]]);
    assert!(close(&solve(a, vec![5.0, 7.0]).unwrap(), &[7.0, 5.0]));
    let s = Matrix::from_rows(vec![vec![1.0, 2.0], vec![2.0, 4.0]]);
    assert_eq!(solve(s, vec![1.0, 2.0]), None);
}

#[test]
fn row_operation() {
    let mut m = Matrix::from_rows(vec![vec![1.0, 2.0], vec![3.0, 4.0]]);
    m.add_scaled_row(0, 1, -3.0);
    assert_eq!(m, Matrix::from_rows(vec![vec![1.0, 2.0], vec![0.0, -2.0]]));
}

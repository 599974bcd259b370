use type_matrix_f32_norm_mean::Matrix;

#[test]
fn multiply_and_transpose() {
    let a = Matrix::from_rows(&[&[1.0, 2.0], &[3.0, 4.0], &[5.0, 6.0]]).unwrap();
    let at = a.transpose();
    assert_eq!(at, Matrix::from_rows(&[&[1.0, 3.0, 5.0], &[2.0, 4.0, 6.0]]).unwrap());
    let p = at.mul(&a).unwrap();
    assert_eq!(p, Matrix::from_rows(&[&[35.0, 44.0], &[44.0, 56.0]]).unwrap());
    assert!(a.mul(&a).is_none());
    assert_eq!(Matrix::identity(2).mul(&p).unwrap(), p);
}

#[test]
fn norm_and_mean() {
    let m = Matrix::from_rows(&[&[3.0, 0.0], &[0.0, 4.0]]).unwrap();
    assert!((m.frobenius_norm() - 5.0).abs() < 1e-9);
    assert!((m.mean() - 1.75).abs() < 1e-6);
    assert!((Matrix::identity(4).mean() - 0.25).abs() < 1e-6);
}

#[test]
fn ragged_rows_rejected() {
    assert!(Matrix::from_rows(&[&[1.0], &[1.0, 2.0]]).is_none());
}

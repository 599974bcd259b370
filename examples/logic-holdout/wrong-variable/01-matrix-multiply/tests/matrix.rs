use small_matrix::Matrix;

#[test]
fn product_of_two_by_two() {
    let a = Matrix::from_rows(&[&[1.0, 2.0], &[3.0, 4.0]]);
    let b = Matrix::from_rows(&[&[5.0, 6.0], &[7.0, 8.0]]);
    assert_eq!(a.mul(&b).unwrap(), Matrix::from_rows(&[&[19.0, 22.0], &[43.0, 50.0]]));
}

#[test]
fn identity_and_shapes() {
    let a = Matrix::from_rows(&[&[1.0, 2.0, 3.0]]);
    assert_eq!(a.transpose().shape(), (3, 1));
    assert_eq!(a.mul(&a), None);
    assert_eq!(Matrix::identity(2).mul(&Matrix::identity(2)).unwrap(), Matrix::identity(2));
}

use small_matrix::Matrix;

#[test]
fn rectangular_products() {
    let a = Matrix::from_rows(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]]);
    let p = a.mul(&a.transpose()).unwrap();
    assert_eq!(p, Matrix::from_rows(&[&[14.0, 32.0], &[32.0, 77.0]]));
    let q = a.transpose().mul(&a).unwrap();
    assert_eq!(q.shape(), (3, 3));
    assert_eq!(q.get(0, 2), 27.0);
    assert_eq!(Matrix::identity(3).mul(&a.transpose()).unwrap(), a.transpose());
}

use d4_signature_13_two_params_narrowed::plot::*;

#[test]
fn works() {
    assert_eq!(plot_area(2.0, 3.0), 6.0);
    assert_eq!(total_area(&[(1.0, 1.0), (2.0, 2.0)]), 5.0);
}

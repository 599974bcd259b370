use moving_average::smooth;

#[test]
fn window_of_one_and_long_runs() {
    assert_eq!(smooth(&[5.0, 7.0, 9.0], 1), vec![5.0, 7.0, 9.0]);
    let s = smooth(&[4.0; 50], 4);
    assert!(s.iter().all(|&x| x == 4.0));
    assert_eq!(smooth(&[0.0, 0.0, 8.0, 0.0, 0.0], 2), vec![0.0, 0.0, 4.0, 4.0, 0.0]);
}

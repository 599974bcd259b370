use logic_templates::*;

#[test]
fn eighteen_is_adult() {
    assert!(is_adult(18));
}

#[test]
fn closed_window() {
    assert!(!in_window(10, false));
}

#[test]
fn nets() {
    assert_eq!(net(10, 3), 7);
}

#[test]
fn changes() {
    assert_eq!(change(10, 3), 7);
}

#[test]
fn sums_the_first_n() {
    assert_eq!(sum_first(&[1, 2, 3, 4], 3), 6);
}

#[test]
fn percents() {
    assert_eq!(percent(1, 4), 25);
}

#[test]
fn ratios() {
    assert_eq!(ratio(1, 4), 0.25);
}

#[test]
fn blank() {
    assert!(is_blank("  "));
}

#[test]
fn areas() {
    assert_eq!(area(3, 4), 34);
}

#[test]
fn smallest_of_two() {
    assert_eq!(smallest(2, 7), 2);
}

#[test]
fn prepends() {
    let mut xs = vec![2, 3];
    prepend(&mut xs, 1);
    assert_eq!(xs, vec![1, 2, 3]);
}

#[test]
fn reverses() {
    assert_eq!(reversed(&[1, 2, 3]), vec![3, 2, 1]);
}

#[test]
fn first_even_number() {
    assert_eq!(first_even(&[1, 2, 4]), Some(2));
}

#[test]
fn describes_large() {
    assert_eq!(describe(500), "large");
}

#[test]
fn port() {
    assert_eq!(default_port(), 8080);
}

#[test]
fn later_is_later() {
    assert_eq!(later(1, 2), 3);
}

#[test]
fn passing() {
    assert_eq!(smallest(3, 3), 3);
}

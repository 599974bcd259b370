use d4_independent_14_three_in_three_modules::{a::*, b::*, c::*};

#[test]
fn works() {
    assert_eq!(squares(3), vec![0, 1, 4]);
    assert_eq!(shout("hi"), "HI!");
    assert_eq!(first_even(&[1, 4, 6]), Some(4));
}

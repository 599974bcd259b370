use d4_independent_05_three_unrelated::{geo::*, text::*};

#[test]
fn works() {
    let a = Point { x: 1, y: 2 };
    assert_eq!(manhattan(a, Point { x: -2, y: 6 }), 7);
    assert_eq!(shifted(a, 3), Point { x: 4, y: 2 });
    assert_eq!(title_case("hello big world"), "Hello Big World");
    assert_eq!(shout(vec!["a".into()]), vec!["A".to_string()]);
}

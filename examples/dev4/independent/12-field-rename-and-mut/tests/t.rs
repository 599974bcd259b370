use d4_independent_12_field_rename_and_mut::{path::*, point::Point};

#[test]
fn works() {
    let ps = [Point { x: 0, y: 0 }, Point { x: 3, y: 4 }];
    assert_eq!(length(&ps), 7);
    assert_eq!(xs(&ps), vec![0, 3]);
    assert_eq!(steps(3), vec![1, 2, 3]);
}

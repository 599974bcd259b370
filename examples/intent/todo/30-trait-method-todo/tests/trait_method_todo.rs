use intent_trait_method_todo::{Area, Square};

#[test]
fn square_area() {
    assert_eq!(Square { side: 7 }.area(), 49);
}

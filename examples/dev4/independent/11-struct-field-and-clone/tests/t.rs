use d4_independent_11_struct_field_and_clone::*;

#[test]
fn works() {
    let d = defaults();
    assert_eq!(with_name(&d, "x").name, "x");
    assert_eq!(d.retries, 3);
    assert_eq!(names(vec![d.clone(), d]).1, 2);
}

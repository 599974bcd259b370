use d4_fields_06_field_type_changed::{ids::*, user::User};

#[test]
fn works() {
    let users = vec![User { id: 7, name: "a".into() }, User { id: 3, name: "b".into() }];
    assert_eq!(max_id(&users), 7);
    assert_eq!(next_id(&users), 8);
}

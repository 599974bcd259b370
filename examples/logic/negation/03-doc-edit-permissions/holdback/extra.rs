use doc_permissions::access::{can_delete, can_edit};
use doc_permissions::{Doc, User};

#[test]
fn strangers_and_locks() {
    let open = Doc { title: "t".into(), owner: 5, locked: false, shared_with: vec![] };
    let locked = Doc { locked: true, ..open.clone() };
    let owner = User { id: 5, admin: false };
    let stranger = User { id: 6, admin: false };
    assert!(can_edit(&owner, &open));
    assert!(!can_edit(&owner, &locked));
    assert!(!can_edit(&stranger, &open));
    assert!(!can_delete(&stranger, &open));
    assert!(can_delete(&owner, &open));
}

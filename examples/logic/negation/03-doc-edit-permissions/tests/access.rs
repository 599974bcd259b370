use doc_permissions::access::{can_delete, can_read};
use doc_permissions::{editable, Doc, User};

fn docs() -> Vec<Doc> {
    vec![
        Doc { title: "plan".into(), owner: 1, locked: false, shared_with: vec![2] },
        Doc { title: "budget".into(), owner: 1, locked: true, shared_with: vec![] },
        Doc { title: "notes".into(), owner: 2, locked: false, shared_with: vec![] },
    ]
}

#[test]
fn users_edit_only_their_unlocked_docs() {
    assert_eq!(editable(&User { id: 1, admin: false }, &docs()), vec!["plan"]);
}

#[test]
fn admins_edit_everything() {
    assert_eq!(editable(&User { id: 9, admin: true }, &docs()), vec!["plan", "budget", "notes"]);
}

#[test]
fn reading_is_by_sharing() {
    let d = docs();
    assert!(can_read(&User { id: 2, admin: false }, &d[0]));
    assert!(!can_read(&User { id: 3, admin: false }, &d[0]));
    assert!(!can_delete(&User { id: 1, admin: false }, &d[0]));
}

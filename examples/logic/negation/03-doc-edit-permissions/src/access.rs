use crate::{Doc, User};

pub fn can_read(user: &User, doc: &Doc) -> bool {
    user.admin || doc.owner == user.id || doc.shared_with.contains(&user.id)
}

/// Admins may edit anything; owners may edit their own documents unless locked.
pub fn can_edit(user: &User, doc: &Doc) -> bool {
    user.admin || (doc.owner == user.id || !doc.locked)
}

pub fn can_delete(user: &User, doc: &Doc) -> bool {
    can_edit(user, doc) && (user.admin || doc.shared_with.is_empty())
}

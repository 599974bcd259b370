//! Role-based access checks for a document store.

pub mod policy {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    pub enum Role {
        Guest,
        Editor,
        Admin,
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Action {
        Read,
        Write,
        Delete,
    }

    pub struct User {
        pub name: String,
        pub role: Role,
        pub suspended: bool,
    }

    pub struct Document {
        pub owner: String,
        pub public: bool,
        pub locked: bool,
    }

    pub fn allowed(user: &User, doc: &Document, action: Action) -> bool {
        if user.suspended {
            return false;
        }
        let is_owner = user.name == doc.owner;
        match action {
            Action::Read => doc.public || is_owner || user.role >= Role::Editor,
            Action::Write => {
                if doc.locked {
                    if user.role < Role::Admin {
                        return false;
                    }
                }
                is_owner || user.role >= Role::Editor
            }
            Action::Delete => is_owner || user.role == Role::Admin,
        }
    }
}

pub use policy::{allowed, Action, Document, Role, User};

/// Indices of the documents the user may perform `action` on.
pub fn visible(user: &User, docs: &[Document], action: Action) -> Vec<usize> {
    (0..docs.len()).filter(|&i| allowed(user, &docs[i], action)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(name: &str, role: Role) -> User {
        User { name: name.into(), role, suspended: false }
    }

    fn doc(owner: &str, public: bool, locked: bool) -> Document {
        Document { owner: owner.into(), public, locked }
    }

    #[test]
    fn locked_documents_need_admin_to_write() {
        let locked = doc("ann", false, true);
        assert!(!allowed(&user("ann", Role::Editor), &locked, Action::Write));
        assert!(allowed(&user("root", Role::Admin), &locked, Action::Write));
        assert!(allowed(&user("ann", Role::Guest), &doc("ann", false, false), Action::Write));
    }

    #[test]
    fn guests_and_suspended_users() {
        let docs = [doc("ann", true, false), doc("bob", false, false), doc("cat", true, true)];
        let guest = user("zed", Role::Guest);
        assert_eq!(visible(&guest, &docs, Action::Read), vec![0, 2]);
        assert!(visible(&guest, &docs, Action::Delete).is_empty());
        let mut bob = user("bob", Role::Editor);
        assert_eq!(visible(&bob, &docs, Action::Delete), vec![1]);
        bob.suspended = true;
        assert!(visible(&bob, &docs, Action::Read).is_empty());
    }
}

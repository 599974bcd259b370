//! Access rules for a shared document store.
pub mod access;

#[derive(Debug, Clone)]
pub struct User {
    pub id: u32,
    pub admin: bool,
}

#[derive(Debug, Clone)]
pub struct Doc {
    pub title: String,
    pub owner: u32,
    pub locked: bool,
    pub shared_with: Vec<u32>,
}

/// Titles of the documents `user` may edit.
pub fn editable<'a>(user: &User, docs: &'a [Doc]) -> Vec<&'a str> {
    docs.iter().filter(|d| access::can_edit(user, d)).map(|d| d.title.as_str()).collect()
}

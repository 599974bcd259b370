use crate::user::User;

pub fn max_id(users: &[User]) -> u32 {
    users.iter().map(|u| u.id).max().unwrap_or(0)
}

pub fn next_id(users: &[User]) -> u32 {
    let mut best: u32 = 0;
    for u in users {
        best = best.max(u.id);
    }
    best + 1
}

use crate::check;

pub fn valid_user(name: &str, email: &str) -> bool {
    check::non_empty(name) && check::non_empty(email) && check::looks_like_email(email)
}

//! Password policy checks with readable error messages.
pub mod policy;

pub fn report(password: &str) -> String {
    let problems = policy::check(password);
    if problems.is_empty() {
        "ok".to_string()
    } else {
        problems.join("; ")
    }
}

//! Feature flags with a kill switch, an allow-list and a percentage rollout.
pub mod flags;
pub use flags::Flag;

/// Names of the flags enabled for `user`, in order.
pub fn enabled_flags(flags: &[Flag], user: u64) -> Vec<&str> {
    flags.iter().filter(|f| f.enabled_for(user)).map(|f| f.name.as_str()).collect()
}

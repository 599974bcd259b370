//! version_check 0.9.4 (trimmed): rustc release channels.
mod channel;
pub use channel::Channel;

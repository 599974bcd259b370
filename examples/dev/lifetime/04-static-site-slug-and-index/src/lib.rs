//! Helpers for a static site generator: post URLs and a common-words index.

pub mod slug;
pub mod words;

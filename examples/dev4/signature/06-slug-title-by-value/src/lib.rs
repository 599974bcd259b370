pub mod slug;
pub mod posts;

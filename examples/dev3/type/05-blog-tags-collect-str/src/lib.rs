mod post;
mod tags;

pub use post::Post;
pub use tags::{common_tags, parse_tags};

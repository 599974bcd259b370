mod cache;
mod key;

pub use cache::TemplateCache;
pub use key::cache_key;

//! Paginating search results (pages are numbered from 1).
mod pager;
pub use pager::{Page, Pager};

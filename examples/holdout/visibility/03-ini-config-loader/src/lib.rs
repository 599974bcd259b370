//! Loader for INI-style configuration files.
pub mod loader;
pub mod scanner;
pub mod section;

pub use loader::load;
pub use section::Section;

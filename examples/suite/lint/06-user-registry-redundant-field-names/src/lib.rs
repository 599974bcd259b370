//! In-memory user registry with e-mail validation.
mod account;
mod registry;

pub use account::Account;
pub use registry::{Registry, RegistryError};

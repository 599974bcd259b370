//! An event-sourced bank account: state is rebuilt by replaying its events.

pub mod account;
pub mod event;

pub use account::Account;
pub use event::Event;

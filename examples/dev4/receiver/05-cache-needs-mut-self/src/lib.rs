pub mod memo;
pub mod use_memo;

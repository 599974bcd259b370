pub mod convert;
pub mod forecast;

//! In-memory DNS zone with CNAME following, as used by a test resolver.
pub mod record;
pub mod zone;

pub use record::Record;
pub use zone::Zone;

//! Ingest log lines into batches and archive them.

pub mod archive;
pub mod parse;

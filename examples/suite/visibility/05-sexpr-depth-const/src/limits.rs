/// Deepest list nesting accepted by the reader.
const MAX_DEPTH: usize = 16;

/// Longest atom accepted by the reader, in bytes.
pub const MAX_ATOM_LEN: usize = 64;

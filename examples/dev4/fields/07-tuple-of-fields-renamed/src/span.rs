#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub begin: usize,
    pub end: usize,
}

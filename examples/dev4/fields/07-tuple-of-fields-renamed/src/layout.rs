use crate::span::Span;

pub fn width(s: &Span) -> usize {
    s.end - s.start
}

pub fn contains(s: &Span, at: usize) -> bool {
    s.start <= at && at < s.end
}

pub fn shifted(s: &Span, by: usize) -> Span {
    Span { start: s.start + by, end: s.end + by }
}

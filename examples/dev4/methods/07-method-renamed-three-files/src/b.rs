use crate::counter::Hits;

pub fn visit_twice(h: &mut Hits, path: &str) {
    h.record(path);
    h.record(path);
}

use crate::counter::Hits;

pub fn visit_home(h: &mut Hits) {
    h.record("/");
}

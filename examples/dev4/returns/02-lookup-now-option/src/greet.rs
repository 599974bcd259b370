use crate::table::Table;

pub fn hello(t: &Table, id: u32) -> String {
    format!("hello, {}", t.lookup(id))
}

pub fn name_len(t: &Table, id: u32) -> usize {
    t.lookup(id).len()
}

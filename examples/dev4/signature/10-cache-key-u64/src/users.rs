use crate::cache::Cache;

pub fn load(ids: &[u32]) -> Cache {
    let mut c = Cache::default();
    for id in ids {
        c.put(*id, &format!("user{id}"));
    }
    c
}

pub fn name(c: &Cache, id: u32) -> String {
    c.get(id).unwrap_or("anonymous").to_string()
}

pub fn first(c: &Cache, ids: &[u32]) -> Option<String> {
    ids.iter().find_map(|id| c.get(*id)).map(String::from)
}

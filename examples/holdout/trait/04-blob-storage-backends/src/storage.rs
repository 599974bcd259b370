pub trait Storage {
    fn get(&self, key: &str) -> Option<Vec<u8>>;
    fn put(&mut self, key: &str, value: Vec<u8>);
    /// Returns whether the key existed.
    fn delete(&mut self, key: &str) -> bool;
    /// Live keys in sorted order.
    fn keys(&self) -> Vec<String>;
}

pub fn copy_all(from: &dyn Storage, to: &mut dyn Storage) -> usize {
    let keys = from.keys();
    for k in &keys {
        if let Some(v) = from.get(k) {
            to.put(k, v);
        }
    }
    keys.len()
}

/// Delete every key starting with `prefix`; returns how many were removed.
pub fn prune(store: &mut dyn Storage, prefix: &str) -> usize {
    let doomed: Vec<String> = store.keys().into_iter().filter(|k| k.starts_with(prefix)).collect();
    doomed.iter().filter(|k| store.delete(k)).count()
}

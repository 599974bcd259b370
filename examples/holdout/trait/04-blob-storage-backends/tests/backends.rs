use trait_blob_storage_backends::{copy_all, prune, AppendLog, MemStorage, Storage};

#[test]
fn memory_backend() {
    let mut m = MemStorage::default();
    m.put("img/a.png", vec![1, 2]);
    m.put("img/b.png", vec![3]);
    m.put("doc/x.txt", vec![4]);
    assert!(m.delete("doc/x.txt"));
    assert!(!m.delete("doc/x.txt"));
    assert_eq!(m.keys(), ["img/a.png", "img/b.png"]);
}

#[test]
fn log_backend_tombstones_and_copy() {
    let mut m = MemStorage::default();
    m.put("cache/1", vec![1]);
    m.put("cache/2", vec![2]);
    m.put("keep", vec![9]);
    let mut log = AppendLog::default();
    assert_eq!(copy_all(&m, &mut log), 3);
    log.put("keep", vec![10]);
    assert_eq!(prune(&mut log, "cache/"), 2);
    assert_eq!(log.keys(), ["keep"]);
    assert_eq!(log.get("keep"), Some(vec![10]));
    assert_eq!(log.get("cache/1"), None);
    assert_eq!(log.len(), 6);
    assert_eq!(prune(&mut m, "cache/"), 2);
    assert_eq!(m.keys(), ["keep"]);
}

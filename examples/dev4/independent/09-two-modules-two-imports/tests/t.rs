use d4_independent_09_two_modules_two_imports::{cache::Cache, order::sorted_unique};

#[test]
fn works() {
    let mut c = Cache::default();
    c.put("k", 2);
    assert_eq!(c.get("k"), Some(2));
    assert_eq!(sorted_unique(&[3, 1, 3]), vec![1, 3]);
}

use crate::names::normalize;

pub fn unique(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| normalize(n)).collect()
}

pub fn same(a: &str, b: &str) -> bool {
    normalize(a) == normalize(b)
}

pub fn sorted_unique(values: &[i32]) -> Vec<i32> {
    values.iter().copied().collect::<BTreeSet<_>>().into_iter().collect()
}

use interval_merge::{covered, merge};

#[test]
fn nested_intervals_do_not_shrink() {
    assert_eq!(merge(vec![(1, 10), (2, 3), (12, 14)]), vec![(1, 10), (12, 14)]);
}

#[test]
fn overlapping_and_touching() {
    assert_eq!(merge(vec![(5, 8), (1, 3), (3, 5)]), vec![(1, 8)]);
    assert_eq!(covered(vec![(0, 2), (4, 6)]), 4);
    assert_eq!(merge(vec![]), vec![]);
}

#[test]
fn free_gaps() {
    assert_eq!(interval_merge::gaps(vec![(2, 4), (6, 7)], 0, 10), vec![(0, 2), (4, 6), (7, 10)]);
}

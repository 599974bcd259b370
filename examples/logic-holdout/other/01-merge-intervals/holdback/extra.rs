use interval_merge::{covered, merge};

#[test]
fn containment_chains() {
    assert_eq!(merge(vec![(0, 100), (10, 20), (30, 40), (99, 101)]), vec![(0, 101)]);
    assert_eq!(covered(vec![(0, 10), (2, 4), (5, 6)]), 10);
    assert_eq!(merge(vec![(3, 3), (3, 3)]), vec![(3, 3)]);
}

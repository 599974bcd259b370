use leaderboard::board::Board;
use leaderboard::ranking;

#[test]
fn best_of_several_and_ties() {
    let mut b = Board::default();
    b.record("b", 5, 1);
    b.record("b", 50, 2);
    b.record("b", 7, 3);
    b.record("a", 50, 1);
    assert_eq!(b.best("b"), Some(50));
    assert_eq!(ranking(&b), vec![("a".to_string(), 50), ("b".to_string(), 50)]);
}

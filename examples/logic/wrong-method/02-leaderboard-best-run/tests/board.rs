use leaderboard::board::Board;
use leaderboard::{podium, ranking};

fn board() -> Board {
    let mut b = Board::default();
    b.record("kim", 1_200, 3);
    b.record("ana", 900, 2);
    b.record("kim", 4_100, 7);
    b.record("raj", 2_500, 5);
    b.record("ana", 3_000, 6);
    b
}

#[test]
fn podium_uses_best_runs() {
    assert_eq!(podium(&board()), vec!["kim 4100", "ana 3000", "raj 2500"]);
}

#[test]
fn players_and_run_counts() {
    let b = board();
    assert_eq!(b.players(), vec!["ana", "kim", "raj"]);
    assert_eq!(b.runs_of("kim"), 2);
    assert_eq!(b.best("zed"), None);
}

#[test]
fn single_runs_rank_by_score() {
    let mut b = Board::default();
    b.record("x", 10, 1);
    b.record("y", 20, 1);
    assert_eq!(ranking(&b), vec![("y".to_string(), 20), ("x".to_string(), 10)]);
}

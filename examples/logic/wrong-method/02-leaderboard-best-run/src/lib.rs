//! An arcade leaderboard: many runs per player, ranked by each player's best run.
pub mod board;

use board::Board;

/// `(player, best score)` rows, highest first, ties by name.
pub fn ranking(b: &Board) -> Vec<(String, u32)> {
    let mut rows: Vec<(String, u32)> = b
        .players()
        .into_iter()
        .filter_map(|p| b.best(&p).map(|s| (p, s)))
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

pub fn podium(b: &Board) -> Vec<String> {
    ranking(b).into_iter().take(3).map(|(p, s)| format!("{} {}", p, s)).collect()
}

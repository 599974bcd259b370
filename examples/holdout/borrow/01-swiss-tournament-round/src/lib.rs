//! Bookkeeping for a small Swiss-system chess tournament.
//! Points are stored as half-points so that draws stay integral.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    WhiteWins,
    BlackWins,
    Draw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Game {
    pub white: u32,
    pub black: u32,
    pub result: Outcome,
}

#[derive(Debug, Default)]
pub struct Tournament {
    names: HashMap<u32, String>,
    half_points: HashMap<u32, u32>,
    pending: Vec<Game>,
    rounds_played: u32,
}

impl Tournament {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_player(&mut self, id: u32, name: &str) {
        self.names.insert(id, name.to_string());
        self.half_points.insert(id, 0);
    }

    pub fn report(&mut self, white: u32, black: u32, result: Outcome) {
        self.pending.push(Game { white, black, result });
    }

    pub fn rounds_played(&self) -> u32 {
        self.rounds_played
    }

    fn award(&mut self, id: u32, half: u32) {
        *self.half_points.entry(id).or_insert(0) += half;
    }

    /// Apply every reported game to the table and close the round.
    /// Returns how many games were applied.
    pub fn close_round(&mut self) -> usize {
        let count = self.pending.len();
        for game in &self.pending {
            match game.result {
                Outcome::WhiteWins => self.award(game.white, 2),
                Outcome::BlackWins => self.award(game.black, 2),
                Outcome::Draw => {
                    self.award(game.white, 1);
                    self.award(game.black, 1);
                }
            }
        }
        self.pending.clear();
        self.rounds_played += 1;
        count
    }

    /// Standings, best first; ties broken by name.
    pub fn standings(&self) -> Vec<(String, f32)> {
        let mut rows: Vec<(String, f32)> = self
            .half_points
            .iter()
            .map(|(id, hp)| (self.names[id].clone(), *hp as f32 / 2.0))
            .collect();
        rows.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Tournament {
        let mut t = Tournament::new();
        t.add_player(1, "Ada");
        t.add_player(2, "Boris");
        t.add_player(3, "Chen");
        t.add_player(4, "Dara");
        t
    }

    #[test]
    fn round_results_are_applied() {
        let mut t = table();
        t.report(1, 2, Outcome::WhiteWins);
        t.report(3, 4, Outcome::Draw);
        assert_eq!(t.close_round(), 2);
        let s = t.standings();
        assert_eq!(s[0], ("Ada".to_string(), 1.0));
        assert_eq!(s[1], ("Chen".to_string(), 0.5));
        assert_eq!(s[2], ("Dara".to_string(), 0.5));
        assert_eq!(s[3], ("Boris".to_string(), 0.0));
    }

    #[test]
    fn pending_games_are_consumed() {
        let mut t = table();
        t.report(2, 1, Outcome::BlackWins);
        assert_eq!(t.close_round(), 1);
        assert_eq!(t.close_round(), 0);
        assert_eq!(t.rounds_played(), 2);
        assert_eq!(t.standings()[0], ("Ada".to_string(), 1.0));
    }
}

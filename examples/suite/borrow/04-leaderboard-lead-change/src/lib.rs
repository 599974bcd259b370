use std::collections::HashMap;

/// Running totals for a multi-round quiz, tracking who is in the lead.
#[derive(Default)]
pub struct Leaderboard {
    totals: HashMap<String, u32>,
    leader: Option<String>,
    best: u32,
}

#[derive(Debug, PartialEq)]
pub enum LeadChange {
    None,
    FirstLeader(String),
    Overtaken { by: String, previous: String },
}

impl Leaderboard {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn total(&self, player: &str) -> u32 {
        self.totals.get(player).copied().unwrap_or(0)
    }

    pub fn leader(&self) -> Option<&str> {
        self.leader.as_deref()
    }

    /// Add points for a player and report whether the lead changed hands.
    pub fn record(&mut self, player: &str, points: u32) -> LeadChange {
        let total = self.totals.entry(player.to_string()).or_insert(0);
        *total += points;
        let total = *total;

        if self.leader.as_deref() == Some(player) {
            self.best = total;
            return LeadChange::None;
        }
        if total <= self.best {
            return LeadChange::None;
        }
        self.best = total;
        let previous = &self.leader;
        self.leader = Some(player.to_string());
        match previous {
            Some(previous) => LeadChange::Overtaken {
                by: player.to_string(),
                previous: previous.clone(),
            },
            None => LeadChange::FirstLeader(player.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_lead_changes() {
        let mut board = Leaderboard::new();
        assert_eq!(board.record("ana", 3), LeadChange::FirstLeader("ana".into()));
        assert_eq!(board.record("bo", 2), LeadChange::None);
        assert_eq!(board.record("ana", 1), LeadChange::None);
        assert_eq!(
            board.record("bo", 5),
            LeadChange::Overtaken { by: "bo".into(), previous: "ana".into() }
        );
        assert_eq!(board.leader(), Some("bo"));
    }

    #[test]
    fn tie_does_not_change_leader() {
        let mut board = Leaderboard::new();
        board.record("cy", 4);
        assert_eq!(board.record("di", 4), LeadChange::None);
        assert_eq!(board.leader(), Some("cy"));
        assert_eq!(board.total("di"), 4);
        assert_eq!(board.total("nobody"), 0);
    }
}

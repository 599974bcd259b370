#[derive(Debug, Clone)]
pub struct Run {
    pub player: String,
    pub score: u32,
    pub level: u32,
}

#[derive(Default)]
pub struct Board {
    runs: Vec<Run>,
}

impl Board {
    pub fn record(&mut self, player: &str, score: u32, level: u32) {
        self.runs.push(Run { player: player.to_string(), score, level });
    }

    pub fn players(&self) -> Vec<String> {
        let mut names: Vec<String> = self.runs.iter().map(|r| r.player.clone()).collect();
        names.sort();
        names.dedup();
        names
    }

    pub fn best(&self, player: &str) -> Option<u32> {
        self.runs.iter().filter(|r| r.player == player).min_by_key(|r| r.score).map(|r| r.score)
    }

    pub fn runs_of(&self, player: &str) -> usize {
        self.runs.iter().filter(|r| r.player == player).count()
    }
}

use crate::util::{clamp_db, db_to_amp};

pub const MIN_DB: f32 = -60.0;
pub const MAX_DB: f32 = 12.0;

#[derive(Default)]
pub struct Mixer {
    gains: Vec<f32>,
    muted: Vec<bool>,
}

impl Mixer {
    pub fn with_channels(n: usize) -> Self {
        Mixer { gains: vec![0.0; n], muted: vec![false; n] }
    }

    /// Set a channel's gain, limited to MIN_DB..=MAX_DB; returns the gain applied.
    pub fn set_gain(&mut self, ch: usize, db: f32) -> f32 {
        let g = clamp_db(db, MAX_DB, MIN_DB);
        self.gains[ch] = g;
        g
    }

    pub fn toggle_mute(&mut self, ch: usize) -> bool {
        self.muted[ch] = !self.muted[ch];
        self.muted[ch]
    }

    /// Mix one sample per channel into one output sample.
    pub fn mix(&self, samples: &[f32]) -> f32 {
        samples
            .iter()
            .zip(self.gains.iter().zip(&self.muted))
            .filter(|(_, (_, &m))| !m)
            .map(|(s, (&g, _))| s * db_to_amp(g))
            .sum()
    }
}

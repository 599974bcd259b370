/// Scores a word.
pub trait Scorer {
    fn score(&self, word: &str) -> u32;
    fn best<'a>(&self, words: &[&'a str]) -> Option<&'a str> {
        words.iter().copied().max_by_key(|w| self.score(w))
    }
}

/// One point per character (not per byte).
pub struct LengthScorer;

impl Scorer for LengthScorer {}

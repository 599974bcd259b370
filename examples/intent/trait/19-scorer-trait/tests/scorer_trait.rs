use intent_scorer_trait::{LengthScorer, Scorer};

#[test]
fn scores_characters() {
    assert_eq!(LengthScorer.score("héllo"), 5);
    assert_eq!(LengthScorer.best(&["a", "abc", "ab"]), Some("abc"));
}

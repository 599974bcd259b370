//! Course grade book: per-student scores, averages and letter grades.
pub mod report;
pub mod stats;

use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct GradeBook {
    scores: BTreeMap<String, Vec<u32>>,
}

impl GradeBook {
    pub fn record(&mut self, student: &str, score: u32) {
        self.scores.entry(student.to_string()).or_default().push(score.min(100));
    }

    pub fn scores(&self, student: &str) -> Option<&Vec<u32>> {
        self.scores.get(student)
    }

    /// Students in name order with their recorded scores.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Vec<u32>)> {
        self.scores.iter()
    }
}

use crate::stats::{mean, median};

pub struct Student {
    pub name: String,
    pub scores: Vec<u32>,
}

impl Student {
    pub fn new(name: &str, scores: &[u32]) -> Self {
        Student { name: name.to_string(), scores: scores.to_vec() }
    }
}

pub fn summary(s: &Student) -> String {
    format!("{}: mean {:.1}, median {:.1}", s.name, mean(&s.scores), median(&s.scores))
}

pub fn class_mean(students: &[Student]) -> f64 {
    let all: Vec<u32> = students.iter().flat_map(|s| s.scores.iter().copied()).collect();
    mean(&all)
}

/// Names of students whose mean is at least `threshold`, in input order.
pub fn honour_roll(students: &[Student], threshold: f64) -> Vec<&str> {
    students
        .iter()
        .filter(|s| mean(&s.scores) >= threshold)
        .map(|s| s.name.as_str())
        .collect()
}

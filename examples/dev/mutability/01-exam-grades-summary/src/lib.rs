//! Summarise exam scores: mean, median and letter-grade distribution.

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub mean: f64,
    pub median: f64,
    pub grades: [usize; 5],
}

pub fn letter(score: f64) -> char {
    match score {
        s if s >= 90.0 => 'A',
        s if s >= 80.0 => 'B',
        s if s >= 70.0 => 'C',
        s if s >= 60.0 => 'D',
        _ => 'F',
    }
}

pub fn summarize(scores: &[f64]) -> Option<Summary> {
    if scores.is_empty() {
        return None;
    }
    let sorted = scores.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    let median = if sorted.len().is_multiple_of(2) { (sorted[mid - 1] + sorted[mid]) / 2.0 } else { sorted[mid] };

    let total = 0.0;
    let mut grades = [0; 5];
    for &s in &sorted {
        total += s;
        let slot = "ABCDF".find(letter(s)).expect("letter is one of ABCDF");
        grades[slot] += 1;
    }
    Some(Summary { mean: total / sorted.len() as f64, median, grades })
}

/// One bar per letter grade, e.g. `B | ### 3`.
pub fn histogram(summary: &Summary) -> String {
    "ABCDF"
        .chars()
        .zip(summary.grades)
        .map(|(letter, n)| format!("{letter} | {} {n}", "#".repeat(n)))
        .collect::<Vec<_>>()
        .join("\n")
}

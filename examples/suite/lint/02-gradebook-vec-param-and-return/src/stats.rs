/// Mean of the scores after dropping the single lowest one (if there are at least 3).
pub fn average(scores: &Vec<u32>) -> Option<f64> {
    if scores.is_empty() {
        return None;
    }
    let mut total: u32 = scores.iter().sum();
    let mut count = scores.len();
    if count >= 3 {
        total -= scores.iter().min().copied().unwrap_or(0);
        count -= 1;
    }
    Some(total as f64 / count as f64)
}

pub fn letter(avg: f64) -> char {
    return match avg {
        a if a >= 90.0 => 'A',
        a if a >= 80.0 => 'B',
        a if a >= 70.0 => 'C',
        a if a >= 60.0 => 'D',
        _ => 'F',
    };
}

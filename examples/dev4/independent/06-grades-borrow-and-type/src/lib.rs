pub fn average(scores: &[u32]) -> f64 {
    if scores.is_empty() {
        return 0.0;
    }
    let total: u32 = scores.iter().sum();
    total as f64 / scores.len()
}

pub fn best(names: &[String], scores: &[u32]) -> Option<String> {
    let i = (0..scores.len()).max_by_key(|i| scores[*i])?;
    Some(names[i])
}

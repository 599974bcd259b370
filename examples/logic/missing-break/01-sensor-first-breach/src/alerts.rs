use crate::Reading;

/// Index of the first reading strictly above `limit`.
pub fn first_breach(readings: &[Reading], limit: f64) -> Option<usize> {
    let mut found = None;
    for (i, r) in readings.iter().enumerate() {
        if r.value > limit {
            found = Some(i);
        }
    }
    found
}

/// How many readings are strictly above `limit`.
pub fn breach_count(readings: &[Reading], limit: f64) -> usize {
    readings.iter().filter(|r| r.value > limit).count()
}

pub fn alert_message(readings: &[Reading], limit: f64) -> String {
    match first_breach(readings, limit) {
        Some(i) => format!(
            "limit {} first exceeded at minute {} ({} readings over)",
            limit,
            readings[i].minute,
            breach_count(readings, limit)
        ),
        None => "all clear".to_string(),
    }
}

use crate::stats::mean;

pub fn describe(samples: &Vec<f64>) -> String {
    match mean(samples) {
        Some(m) => format!("mean {m:.1}"),
        None => "no data".to_string(),
    }
}

pub fn above_mean(samples: &[f64]) -> usize {
    let m = mean(samples).unwrap_or(0.0);
    samples.iter().filter(|s| **s > m).count()
}

use crate::color::Rgb;

/// `steps` evenly spaced colours from `from` to `to`, both included.
pub fn gradient(from: Rgb, to: Rgb, steps: usize) -> Vec<Rgb> {
    match steps {
        0 => Vec::new(),
        1 => vec![from],
        n => (0..n).map(|i| from.mix(to, i as f64 / (n - 1) as f64)).collect(),
    }
}

/// The candidate text colour with the largest luminance difference to `bg`.
pub fn most_readable(bg: Rgb, candidates: &[Rgb]) -> Option<Rgb> {
    candidates.iter().copied().max_by(|a, b| {
        let da = (a.luminance() - bg.luminance()).abs();
        let db = (b.luminance() - bg.luminance()).abs();
        da.total_cmp(&db)
    })
}

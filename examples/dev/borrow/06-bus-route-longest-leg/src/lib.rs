//! Bus routes as ordered stops on a grid; find the longest leg of a route.

#[derive(Debug, Clone, PartialEq)]
pub struct Stop {
    pub name: String,
    pub x: f64,
    pub y: f64,
}

pub fn stop(name: &str, x: f64, y: f64) -> Stop {
    Stop { name: name.to_string(), x, y }
}

fn distance(a: &Stop, b: &Stop) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

pub fn route_length(stops: &[Stop]) -> f64 {
    stops.windows(2).map(|w| distance(&w[0], &w[1])).sum()
}

/// `"A -> B"` for the longest leg between consecutive stops; the first one wins ties.
pub fn longest_leg(stops: &[Stop]) -> Option<String> {
    let mut best: Option<(f64, &str)> = None;
    for pair in stops.windows(2) {
        let label = format!("{} -> {}", pair[0].name, pair[1].name);
        let d = distance(&pair[0], &pair[1]);
        if best.as_ref().is_none_or(|(best_d, _)| d > *best_d) {
            best = Some((d, &label));
        }
    }
    best.map(|(_, label)| label.to_string())
}

/// The stop closest to `(x, y)`, e.g. to find where to board.
pub fn nearest_stop(stops: &[Stop], x: f64, y: f64) -> Option<&Stop> {
    let here = stop("here", x, y);
    stops.iter().min_by(|a, b| distance(a, &here).total_cmp(&distance(b, &here)))
}

/// `"Depot – Zoo (3 stops, 25.0 km)"`.
pub fn describe(stops: &[Stop]) -> String {
    match (stops.first(), stops.last()) {
        (Some(first), Some(last)) => format!(
            "{} – {} ({} stops, {:.1} km)",
            first.name,
            last.name,
            stops.len(),
            route_length(stops)
        ),
        _ => "empty route".to_string(),
    }
}

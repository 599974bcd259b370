//! Metadata and statistics for a fleet of environmental sensors.

#[derive(Debug, Clone)]
pub struct Sensor {
    pub id: String,
    raw_tags: String,
    readings: Vec<f64>,
}

impl Sensor {
    pub fn new(id: &str, raw_tags: &str) -> Self {
        Sensor { id: id.to_string(), raw_tags: raw_tags.to_string(), readings: Vec::new() }
    }

    pub fn record(&mut self, value: f64) {
        if value.is_finite() {
            self.readings.push(value);
        }
    }

    /// Tags are case-insensitive and stored as a comma separated list.
    pub fn tags(&self) -> Vec<&str> {
        let lower = self.raw_tags.to_lowercase();
        lower
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .collect()
    }

    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags().iter().any(|t| t.eq_ignore_ascii_case(tag))
    }

    pub fn mean(&self) -> Option<f64> {
        if self.readings.is_empty() {
            None
        } else {
            Some(self.readings.iter().sum::<f64>() / self.readings.len() as f64)
        }
    }
}

/// Mean of the per-sensor means of all sensors carrying `tag`.
pub fn fleet_mean(sensors: &[Sensor], tag: &str) -> Option<f64> {
    let means: Vec<f64> = sensors.iter().filter(|s| s.has_tag(tag)).filter_map(Sensor::mean).collect();
    if means.is_empty() {
        return None;
    }
    Some(means.iter().sum::<f64>() / means.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalized() {
        let s = Sensor::new("t-01", " Indoor, HVAC ,,Floor-2 ");
        assert_eq!(s.tags(), vec!["indoor", "hvac", "floor-2"]);
        assert!(s.has_tag("hvac"));
        assert!(s.has_tag("FLOOR-2"));
        assert!(!s.has_tag("outdoor"));
    }

    #[test]
    fn fleet_mean_by_tag() {
        let mut a = Sensor::new("a", "outdoor");
        let mut b = Sensor::new("b", "Outdoor,roof");
        let c = Sensor::new("c", "outdoor");
        a.record(10.0);
        a.record(20.0);
        b.record(30.0);
        b.record(f64::NAN);
        assert_eq!(fleet_mean(&[a.clone(), b, c], "outdoor"), Some(22.5));
        assert_eq!(fleet_mean(&[a], "roof"), None);
    }
}

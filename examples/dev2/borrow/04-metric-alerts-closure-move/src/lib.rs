//! Threshold alerts over metric readings.

#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub metric: String,
    pub value: f64,
}

#[derive(Default)]
pub struct Monitor {
    rules: Vec<(String, Check)>,
}

impl Monitor {
    pub fn rule(mut self, name: &str, check: Check) -> Monitor {
        self.rules.push((name.to_string(), check));
        self
    }

    /// Names of the rules that fire for any of the readings, in rule order, once each.
    pub fn evaluate(&self, readings: &[Reading]) -> Vec<String> {
        self.rules
            .iter()
            .filter(|(_, check)| readings.iter().any(check))
            .map(|(name, _)| name.clone())
            .collect()
    }
}

pub type Check = Box<dyn Fn(&Reading) -> bool>;

/// Fires when `metric` exceeds `limit`.
pub fn above(metric: &str, limit: f64) -> Check {
    let metric = metric.to_string();
    Box::new(|r: &Reading| r.metric == metric && r.value > limit)
}

/// Fires when `metric` drops below `limit`.
pub fn below(metric: &str, limit: f64) -> Check {
    let metric = metric.to_string();
    Box::new(move |r: &Reading| r.metric == metric && r.value < limit)
}

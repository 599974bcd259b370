#[derive(Debug, Default)]
pub struct Metrics {
    counters: HashMap<String, u64>,
    gauges: HashMap<String, f64>,
}

impl Metrics {
    pub fn new() -> Self {
        Metrics { counters: HashMap::new(), gauges: HashMap::new() }
    }

    pub fn incr(&mut self, name: &str, by: u64) {
        *self.counters.entry(name.to_string()).or_insert(0) += by;
    }

    pub fn set_gauge(&mut self, name: &str, value: f64) {
        self.gauges.insert(name.to_string(), value);
    }

    pub fn counter(&self, name: &str) -> u64 {
        self.counters.get(name).copied().unwrap_or(0)
    }

    pub fn gauge(&self, name: &str) -> Option<f64> {
        self.gauges.get(name).copied()
    }

    /// All counters, sorted by name.
    pub fn counters(&self) -> Vec<(&str, u64)> {
        let mut all: Vec<(&str, u64)> = self.counters.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        all.sort();
        all
    }

    /// All gauges, sorted by name.
    pub fn gauges(&self) -> Vec<(&str, f64)> {
        let mut all: Vec<(&str, f64)> = self.gauges.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        all.sort_by(|a, b| a.0.cmp(b.0));
        all
    }
}

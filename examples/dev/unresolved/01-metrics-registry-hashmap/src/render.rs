use crate::metrics::Metrics;

/// `# TYPE name kind` followed by `name value`, counters first.
pub fn render(metrics: &Metrics) -> String {
    let mut out = String::new();
    for (name, value) in metrics.counters() {
        out.push_str(&format!("# TYPE {name} counter\n{name} {value}\n"));
    }
    for (name, value) in metrics.gauges() {
        out.push_str(&format!("# TYPE {name} gauge\n{name} {value}\n"));
    }
    out
}

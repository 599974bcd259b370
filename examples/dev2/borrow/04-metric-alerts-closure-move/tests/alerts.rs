use borrow_metric_alerts_closure_move::{above, below, Monitor, Reading};

fn reading(metric: &str, value: f64) -> Reading {
    Reading { metric: metric.to_string(), value }
}

#[test]
fn checks_compare_metric_and_limit() {
    let hot = above("cpu", 0.9);
    assert!(hot(&reading("cpu", 0.95)));
    assert!(!hot(&reading("cpu", 0.9)));
    assert!(!hot(&reading("mem", 0.99)));
    assert!(below("disk_free", 0.1)(&reading("disk_free", 0.05)));
}

#[test]
fn monitor_reports_firing_rules() {
    let monitor = Monitor::default()
        .rule("cpu-hot", above("cpu", 0.9))
        .rule("disk-low", below("disk_free", 0.1))
        .rule("mem-hot", above("mem", 0.8));
    let readings = [reading("cpu", 0.97), reading("mem", 0.5), reading("cpu", 0.99)];
    assert_eq!(monitor.evaluate(&readings), vec!["cpu-hot"]);
    assert!(monitor.evaluate(&[]).is_empty());
}

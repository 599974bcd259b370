use unresolved_metrics_registry_hashmap::{render, Metrics};

#[test]
fn counts_and_gauges() {
    let mut m = Metrics::new();
    m.incr("requests", 1);
    m.incr("requests", 2);
    m.set_gauge("load", 0.5);
    m.set_gauge("load", 0.75);
    assert_eq!(m.counter("requests"), 3);
    assert_eq!(m.counter("errors"), 0);
    assert_eq!(m.gauge("load"), Some(0.75));
    assert_eq!(m.gauge("temp"), None);
}

#[test]
fn renders_sorted() {
    let mut m = Metrics::new();
    m.incr("http_requests", 5);
    m.incr("db_queries", 2);
    m.set_gauge("queue_depth", 3.5);
    assert_eq!(
        render(&m),
        "# TYPE db_queries counter\ndb_queries 2\n# TYPE http_requests counter\nhttp_requests 5\n\
         # TYPE queue_depth gauge\nqueue_depth 3.5\n"
    );
}

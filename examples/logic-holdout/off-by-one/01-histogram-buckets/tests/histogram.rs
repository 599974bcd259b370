use latency_histogram::{render, Histogram};

#[test]
fn maximum_goes_in_the_last_bucket() {
    let mut h = Histogram::new(0, 99, 4);
    for v in [0, 10, 30, 60, 99, 250] {
        h.add(v);
    }
    assert_eq!(h.counts(), &[2, 1, 1, 2]);
}

#[test]
fn ranges_cover_the_span() {
    assert_eq!(Histogram::new(0, 99, 4).ranges(), vec![(0, 24), (25, 49), (50, 74), (75, 99)]);
}

#[test]
fn rendering_an_empty_histogram() {
    assert_eq!(render(&Histogram::new(10, 19, 2)), vec!["10-14: ", "15-19: "]);
}

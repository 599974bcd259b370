use latency_histogram::{render, Histogram};

#[test]
fn uneven_spans() {
    let mut h = Histogram::new(1, 10, 3);
    for v in 1..=10 {
        h.add(v);
    }
    assert_eq!(h.counts(), &[4, 3, 3]);
    assert_eq!(render(&h), vec!["1-4: ####", "5-7: ###", "8-10: ###"]);
    let mut one = Histogram::new(5, 5, 1);
    one.add(5);
    assert_eq!(one.counts(), &[1]);
}

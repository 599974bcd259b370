use signup_funnel::Funnel;

#[test]
fn full_and_skipped_steps() {
    let mut f = Funnel::new(&["a", "b"]);
    f.track(1, "a");
    f.track(1, "b");
    f.track(2, "b");
    assert_eq!(f.conversion(0), 100.0);
    let mut g = Funnel::new(&["a", "b"]);
    for u in 0..3 {
        g.track(u, "a");
    }
    g.track(0, "b");
    g.track(1, "b");
    assert_eq!(g.conversion(0), 66.7);
}

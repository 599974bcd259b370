use signup_funnel::Funnel;

fn funnel() -> Funnel {
    let mut f = Funnel::new(&["visit", "signup", "paid"]);
    for u in 1..=8 {
        f.track(u, "visit");
    }
    for u in [1, 2, 3] {
        f.track(u, "signup");
    }
    f.track(3, "paid");
    f.track(3, "refund");
    f
}

#[test]
fn report_lists_each_step() {
    assert_eq!(funnel().report(), vec!["visit -> signup: 37.5%", "signup -> paid: 33.3%"]);
}

#[test]
fn counts_are_unique_users() {
    let mut f = funnel();
    f.track(1, "visit");
    assert_eq!(f.count(0), 8);
    assert_eq!(f.count(2), 1);
    assert_eq!(Funnel::new(&["a", "b"]).conversion(0), 0.0);
}

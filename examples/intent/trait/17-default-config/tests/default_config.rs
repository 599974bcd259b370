use intent_default_config::Config;

#[test]
fn documented_defaults() {
    let c = Config::default();
    assert_eq!((c.port, c.workers, c.verbose), (8080, 4, false));
}

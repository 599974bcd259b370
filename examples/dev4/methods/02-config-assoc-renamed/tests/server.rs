use d4_methods_02_config_assoc_renamed::{config::Config, server::*};

#[test]
fn configs() {
    assert_eq!(describe(&Config::standard()), "standard");
    assert_eq!(describe(&doubled()), "8080x8");
    assert_eq!(Config::with_port(1).workers, 4);
}

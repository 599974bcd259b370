use trait_ini_server_config::{parse_ini, ConfigError, ServerConfig};

#[test]
fn loads_with_defaults() {
    let ini = parse_ini("# prod\n[server]\nport = 8443 ; https\ntls = true\n\n[log]\nlevel=debug\n").unwrap();
    let cfg = ServerConfig::from_ini(&ini).unwrap();
    assert_eq!(cfg, ServerConfig { host: "127.0.0.1".into(), port: 8443, workers: 4, tls: true });
    assert_eq!(ini.get("log", "level"), Some("debug"));
}

#[test]
fn reports_errors() {
    let bad_port = parse_ini("[server]\nport = 99999\n").unwrap();
    let err = ServerConfig::from_ini(&bad_port).unwrap_err();
    assert!(matches!(err, ConfigError::BadNumber(_)));
    assert_eq!(err.to_string(), "bad number: number too large to fit in target type");
    let no_port = parse_ini("[server]\nhost = ::1\n").unwrap();
    assert_eq!(ServerConfig::from_ini(&no_port), Err(ConfigError::Missing("server.port".into())));
    let bad_tls = parse_ini("[server]\nport=1\ntls=yes").unwrap();
    assert!(matches!(ServerConfig::from_ini(&bad_tls), Err(ConfigError::BadBool(_))));
    assert_eq!(parse_ini("[server]\nport").unwrap_err(), ConfigError::Syntax { line: 2, msg: "expected key = value, got \"port\"".into() });
}

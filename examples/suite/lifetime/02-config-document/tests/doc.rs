use lifetime_config_document::Document;

const TEXT: &str = "name = demo   # top level
debug = off

[server]
host = 0.0.0.0
port = 8080
port = 9090

[log]
verbose = yes
";

#[test]
fn looks_up_sectioned_keys() {
    let doc = Document::parse(TEXT).unwrap();
    assert_eq!(doc.get("name").unwrap().value, "demo");
    assert_eq!(doc.get("server.port").unwrap().value, "9090");
    assert_eq!(doc.get("log.verbose").unwrap().as_bool(), Some(true));
    assert_eq!(doc.get("debug").unwrap().as_bool(), Some(false));
    assert!(doc.get("server.name").is_none());
}

#[test]
fn keys_outlive_the_document() {
    let keys = {
        let doc = Document::parse(TEXT).unwrap();
        let entry = *doc.get("server.port").unwrap();
        assert_eq!(doc.source_line(&entry), "port = 9090");
        doc.section_keys("server")
    };
    assert_eq!(keys, ["host", "port", "port"]);
    assert!(Document::parse("[a]\nnot a pair").is_err());
}

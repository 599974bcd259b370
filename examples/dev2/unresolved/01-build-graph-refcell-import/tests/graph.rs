use unresolved_build_graph_refcell_import::Graph;

#[test]
fn shared_dependency_built_once() {
    let mut g = Graph::default();
    g.depend("app", "net");
    g.depend("app", "ui");
    g.depend("net", "core");
    g.depend("ui", "core");
    assert_eq!(g.build_order("app").unwrap(), vec!["core", "net", "ui", "app"]);
    assert_eq!(g.build_order("ui").unwrap(), vec!["core", "ui"]);
}

#[test]
fn cycles_and_unknown_targets() {
    let mut g = Graph::default();
    g.depend("a", "b");
    g.depend("b", "c");
    g.depend("c", "a");
    assert_eq!(g.build_order("a").unwrap_err(), "cycle through a");
    assert_eq!(g.build_order("zzz").unwrap_err(), "unknown target zzz");
}

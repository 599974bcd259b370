use borrow_route_graph_relax_dist_ref::Graph;

#[test]
fn picks_shorter_path() {
    let mut g = Graph::new();
    g.add_edge("depot", "mall", 30);
    g.add_edge("depot", "park", 5);
    g.add_edge("park", "mall", 10);
    g.add_edge("mall", "airport", 20);
    let d = g.shortest_from("depot");
    assert_eq!(d["mall"], 15);
    assert_eq!(d["airport"], 35);
    assert_eq!(d["depot"], 0);
}

#[test]
fn unreachable_stops_are_absent() {
    let mut g = Graph::new();
    g.add_edge("a", "b", 1);
    g.add_edge("c", "a", 1);
    let d = g.shortest_from("a");
    assert_eq!(d.len(), 2);
    assert!(!d.contains_key("c"));
}

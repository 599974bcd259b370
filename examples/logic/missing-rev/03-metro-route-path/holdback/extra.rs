use metro_route_path::Network;

#[test]
fn routes_in_both_directions() {
    let mut n = Network::default();
    n.connect("A", "B");
    n.connect("B", "C");
    n.connect("C", "D");
    assert_eq!(n.route("D", "A"), Some(vec!["D", "C", "B", "A"]));
    assert_eq!(n.route("B", "D"), Some(vec!["B", "C", "D"]));
    assert_eq!(n.route("A", "B"), Some(vec!["A", "B"]));
    assert_eq!(n.route("C", "C"), Some(vec!["C"]));
}

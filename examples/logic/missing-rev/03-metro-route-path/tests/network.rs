use metro_route_path::Network;

fn city() -> Network {
    let mut n = Network::default();
    n.connect("Central", "Harbour");
    n.connect("Harbour", "Museum");
    n.connect("Central", "Park");
    n.connect("Park", "Museum");
    n.connect("Museum", "Airport");
    n.station("Depot");
    n
}

#[test]
fn route_runs_from_origin_to_destination() {
    assert_eq!(city().route("Central", "Airport"), Some(vec!["Central", "Harbour", "Museum", "Airport"]));
}

#[test]
fn hop_counts() {
    let n = city();
    assert_eq!(n.hops("Central", "Airport"), Some(3));
    assert_eq!(n.hops("Park", "Park"), Some(0));
}

#[test]
fn unreachable_and_unknown() {
    let n = city();
    assert_eq!(n.route("Depot", "Central"), None);
    assert_eq!(n.route("Nowhere", "Central"), None);
}

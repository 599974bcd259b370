use borrow_bus_route_longest_leg::{describe, longest_leg, nearest_stop, route_length, stop};

#[test]
fn finds_longest_leg() {
    let route = vec![stop("Depot", 0.0, 0.0), stop("Mill", 3.0, 4.0), stop("Park", 3.0, 14.0), stop("Zoo", 9.0, 6.0)];
    assert_eq!(route_length(&route), 25.0);
    assert_eq!(longest_leg(&route), Some("Mill -> Park".to_string()));
    assert_eq!(describe(&route), "Depot – Zoo (4 stops, 25.0 km)");
    assert_eq!(nearest_stop(&route, 8.0, 8.0).map(|s| s.name.as_str()), Some("Zoo"));
}

#[test]
fn ties_and_short_routes() {
    let route = vec![stop("A", 0.0, 0.0), stop("B", 0.0, 2.0), stop("C", 2.0, 2.0)];
    assert_eq!(longest_leg(&route).as_deref(), Some("A -> B"));
    assert_eq!(longest_leg(&route[..1]), None);
    assert_eq!(describe(&[]), "empty route");
}

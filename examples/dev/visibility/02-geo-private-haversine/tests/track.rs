use visibility_geo_private_haversine::track::Track;

#[test]
fn measures_a_track() {
    let mut t = Track::default();
    t.push(0.0, 0.0);
    t.push(0.0, 1.0);
    t.push(1.0, 1.0);
    let expected = 2.0 * 6371.0 * std::f64::consts::PI / 180.0;
    assert!((t.length_km() - expected).abs() < 1e-6, "{}", t.length_km());
}

#[test]
fn drops_jitter() {
    let mut t = Track::default();
    for (lat, lon) in [(52.0, 13.0), (52.00001, 13.0), (52.1, 13.0), (52.10002, 13.00001), (52.2, 13.0)] {
        t.push(lat, lon);
    }
    let s = t.simplified(0.05);
    assert_eq!(s.points.len(), 3);
    assert!((s.length_km() - 22.239).abs() < 0.01, "{}", s.length_km());
}

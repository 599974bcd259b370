use lint_shipping_rates_return_range::{base_rate, rate, shipment_cost, Zone};

#[test]
fn weight_bands() {
    assert_eq!(base_rate(0), None);
    assert_eq!(base_rate(1), Some(450));
    assert_eq!(base_rate(500), Some(450));
    assert_eq!(base_rate(501), Some(790));
    assert_eq!(base_rate(2_000), Some(790));
    assert_eq!(base_rate(2_001), Some(910));
    assert_eq!(base_rate(20_000), Some(790 + 18 * 120));
    assert_eq!(base_rate(20_001), None);
}

#[test]
fn zones() {
    assert_eq!(rate(400, Zone::Domestic), Some(450));
    assert_eq!(rate(400, Zone::Europe), Some(810));
    assert_eq!(rate(1_500, Zone::World), Some(2449));
    assert_eq!(rate(25_000, Zone::World), None);
}

#[test]
fn shipments() {
    assert_eq!(shipment_cost(&[(400, "de"), (400, "FR"), (1_500, "JP")]), Ok(450 + 810 + 2449));
    assert_eq!(shipment_cost(&[(400, "DE"), (0, "DE"), (30_000, "US")]), Err(1));
    assert_eq!(shipment_cost(&[]), Ok(0));
}

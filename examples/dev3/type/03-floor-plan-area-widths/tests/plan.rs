use type_floor_plan_area_widths::{FloorPlan, Room};

#[test]
fn large_rooms_do_not_overflow() {
    let hall = Room::new(100_000, 100_000);
    assert_eq!(hall.area_mm2(), 10_000_000_000);
    assert!(hall.is_square());
}

#[test]
fn plan_labels_and_totals() {
    let mut plan = FloorPlan::new();
    let kitchen = plan.add("kitchen", Room::new(3_000, 4_000));
    let hall = plan.add("hall", Room::new(80_000, 70_000));
    assert_eq!(plan.label(kitchen), "kitchen");
    assert_eq!(plan.label(hall), "hall");
    assert_eq!(plan.largest(), Some(hall));
    assert!((plan.total_area_m2() - 5_612.0).abs() < 1e-9);
}

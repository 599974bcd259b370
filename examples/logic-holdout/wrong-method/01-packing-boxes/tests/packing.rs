use packing_boxes::packing::{last_box_fill, pallets_needed};
use packing_boxes::{plan, Product};

#[test]
fn partly_filled_boxes_ship() {
    let lines = vec![
        (Product { name: "mug".into(), per_box: 6 }, 14),
        (Product { name: "plate".into(), per_box: 10 }, 20),
    ];
    let (rows, total) = plan(&lines);
    assert_eq!(rows[0], ("mug".to_string(), 14, 3));
    assert_eq!(total, 5);
}

#[test]
fn pallets_and_last_box() {
    assert_eq!(pallets_needed(9, 4), 3);
    assert_eq!(pallets_needed(8, 4), 2);
    assert_eq!(last_box_fill(14, 6), 2);
    assert_eq!(last_box_fill(12, 6), 6);
}

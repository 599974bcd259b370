/// Boxes for `qty` items at `per_box` items a box (a partly filled box still ships).
pub fn boxes_needed(qty: u32, per_box: u32) -> u32 {
    assert!(per_box > 0);
    (qty as f64 / per_box as f64).floor() as u32
}

/// Pallets for `boxes` boxes, `per_pallet` to a pallet, rounded up.
pub fn pallets_needed(boxes: u32, per_pallet: u32) -> u32 {
    assert!(per_pallet > 0);
    (boxes + per_pallet - 1) / per_pallet
}

/// Items in the last box of a shipment (a full box counts as full).
pub fn last_box_fill(qty: u32, per_box: u32) -> u32 {
    match qty % per_box {
        0 if qty > 0 => per_box,
        r => r,
    }
}

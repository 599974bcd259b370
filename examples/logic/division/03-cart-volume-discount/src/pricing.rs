/// Discount in basis points (1/100 of a percent) for an order of `units` items.
pub fn discount_bps_for(units: u64) -> u64 {
    match units {
        0..=9 => 0,
        10..=49 => 250,
        50..=99 => 500,
        _ => 1_000,
    }
}

/// `bps` basis points of `amount`, rounded down.
pub fn apply_bps(amount: u64, bps: u64) -> u64 {
    amount / 10_000 * bps
}

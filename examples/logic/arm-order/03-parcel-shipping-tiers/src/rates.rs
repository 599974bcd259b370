/// Base rate by weight tier; parcels over 10 kg pay 2 cents per extra 10 g.
pub fn base_rate(weight_g: u64) -> u64 {
    match weight_g {
        w if w <= 2_000 => 790,
        w if w <= 500 => 450,
        w if w <= 10_000 => 1_490,
        w => 1_490 + (w - 10_000) / 10 * 2,
    }
}

/// Express costs half again, rounded up to the next 10 cents.
pub fn express(base: u64) -> u64 {
    (base * 3 / 2 + 9) / 10 * 10
}

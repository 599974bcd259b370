#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Region {
    Germany,
    France,
    Switzerland,
}

/// VAT in basis points (1/100 of a percent), standard or reduced rate.
pub fn rate_bp(region: Region, reduced: bool) -> u64 {
    match (region, reduced) {
        (Region::Germany, false) => 1900,
        (Region::Germany, true) => 700,
        (Region::France, false) => 2000,
        (Region::France, true) => 550,
        (Region::Switzerland, false) => 810,
        (Region::Switzerland, true) => 260,
    }
}

/// Tax on `net_cents`, rounded half up to the cent.
pub fn tax_cents(net_cents: u64, rate_bp: u64) -> u64 {
    (net_cents * rate_bp + 5_000) / 10_000
}

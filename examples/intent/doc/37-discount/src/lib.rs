/// The price after a discount of `percent` percent, rounded down to whole cents.
pub fn discounted(price_cents: u64, percent: u64) -> u64 {
    price_cents.saturating_sub(percent)
}

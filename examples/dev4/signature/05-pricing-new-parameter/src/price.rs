/// The price after a percentage discount, in cents.
pub fn discounted(cents: u64, percent: u64) -> u64 {
    cents - cents * percent / 100
}

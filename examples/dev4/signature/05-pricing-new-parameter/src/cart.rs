use crate::price::discounted;

pub fn line_total(unit_cents: u64, qty: u64, percent: u64) -> u64 {
    discounted(unit_cents * qty)
}

pub fn member_total(items: &[(u64, u64)], percent: u64) -> u64 {
    items.iter().map(|(c, q)| discounted(c * q)).sum()
}

/// One line of a shopping basket.
pub struct Line {
    pub price_cents: u64,
    pub quantity: u32,
}

// TODO: `basket_total(lines)`: the sum of price times quantity over all lines, in cents.

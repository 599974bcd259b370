//! Shipping quotes for an online shop (cents and grams).
pub mod rates;

pub const FREE_OVER: u64 = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speed {
    Standard,
    Express,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Quote {
    pub cents: u64,
    pub free: bool,
}

/// Quote for an order; standard shipping is free from FREE_OVER cents of goods.
pub fn quote(subtotal: u64, weight_g: u64, speed: Speed) -> Quote {
    let base = rates::base_rate(weight_g);
    match speed {
        Speed::Standard if subtotal > FREE_OVER => Quote { cents: 0, free: true },
        Speed::Standard => Quote { cents: base, free: false },
        Speed::Express => Quote { cents: rates::express(base), free: false },
    }
}

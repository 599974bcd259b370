//! Public-transport fares: per-ride prices by rider class and a daily cap.
pub mod fares;

use fares::{fare_class, ride_price};

/// Daily spending is capped at the price of a day pass.
pub const DAY_CAP: u64 = 1_200;

/// Price charged for each ride of a day, in order, with the cap applied.
pub fn charges(age: u32, student: bool, zones: &[u32]) -> Vec<u64> {
    let class = fare_class(age, student);
    let mut spent = 0;
    zones
        .iter()
        .map(|&z| {
            let p = ride_price(class, z).min(DAY_CAP - spent);
            spent += p;
            p
        })
        .collect()
}

pub fn day_total(age: u32, student: bool, zones: &[u32]) -> u64 {
    charges(age, student, zones).iter().sum()
}

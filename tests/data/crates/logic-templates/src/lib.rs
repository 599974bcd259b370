//! One small bug per repair template (tests/proposers/test_move_registry.py checks that every
//! template answers a failing test of this crate). Each function is called by one failing
//! test in tests/bugs.rs and is the only code that test reaches.

pub fn is_adult(age: u32) -> bool {
    age > 18
}

pub fn in_window(hour: u32, open: bool) -> bool {
    open || hour >= 9
}

pub fn net(price: u32, discount: u32) -> u32 {
    let mut net = price;
    net += discount;
    net
}

pub fn change(paid: u32, price: u32) -> u32 {
    paid + price
}

pub fn sum_first(xs: &[u32], n: usize) -> u32 {
    let mut sum = 0;
    for i in 0..n - 1 {
        sum += xs[i];
    }
    sum
}

pub fn percent(part: u32, whole: u32) -> u32 {
    part / whole * 100
}

pub fn ratio(part: u32, whole: u32) -> f64 {
    (part / whole) as f64
}

pub fn is_blank(text: &str) -> bool {
    !text.trim().is_empty()
}

pub fn area(width: u32, height: u32) -> u32 {
    scaled(height, width)
}

fn scaled(width: u32, height: u32) -> u32 {
    width * 10 + height
}

pub fn smallest(a: u32, b: u32) -> u32 {
    a.max(b)
}

pub fn prepend(xs: &mut Vec<u32>, x: u32) {
    xs.push(x);
}

pub fn reversed(xs: &[u32]) -> Vec<u32> {
    xs.iter().copied().collect()
}

pub fn first_even(xs: &[u32]) -> Option<u32> {
    let mut found = None;
    for &x in xs {
        if x % 2 == 0 {
            found = Some(x);
        }
    }
    found
}

pub fn describe(n: i32) -> &'static str {
    match n {
        _ if n > 0 => "positive",
        _ if n > 100 => "large",
        _ => "other",
    }
}

pub fn default_port() -> u16 {
    8000
}

pub fn later(start: u32, step: u32) -> u32 {
    let next = start + step;
    start
}

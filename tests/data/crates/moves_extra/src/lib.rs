//! Errors for the moves no eval case outside the held-out set exercises: E0106 (one-lifetime),
//! E0608 (tuple-field), E0614 (drop-deref) and `expected (), found T` at the end of a statement
//! (add-semicolon). `tests/proposers/test_move_registry.py` checks them with a real cargo check.

pub fn longest(a: &str, b: &str) -> &str {
    if a.len() > b.len() {
        a
    } else {
        b
    }
}

pub fn first(pair: (i32, i32)) -> i32 {
    pair[0]
}

pub fn log(values: &mut Vec<i32>) {
    if values.is_empty() {
        values.len()
    }
}

pub fn double(count: u32) -> u32 {
    *count * 2
}

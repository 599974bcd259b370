use std::num::ParseIntError;

pub fn sum_all(text: &str) -> Result<i64, ParseIntError> {
    let mut total = 0;
    for part in text.split(',') {
        total += part.trim().parse::<i64>();
    }
    Ok(total)
}

pub fn doubled(values: &[i64]) -> Vec<i64> {
    let out = Vec::with_capacity(values.len());
    for v in values {
        out.push(v * 2);
    }
    out
}

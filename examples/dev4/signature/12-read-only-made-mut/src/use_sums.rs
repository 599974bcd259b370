use crate::sums::total;

pub fn report(values: &Vec<u32>) -> String {
    format!("{} over {}", total(values), values.len())
}

pub fn double_total(values: &[u32]) -> u32 {
    total(values) + total(values)
}

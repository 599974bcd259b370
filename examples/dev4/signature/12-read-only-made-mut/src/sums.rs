pub fn total(values: &mut Vec<u32>) -> u32 {
    values.iter().sum()
}

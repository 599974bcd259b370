pub fn first_even(values: &[i32]) -> Option<i32> {
    values.iter().find(|v| **v % 2 == 0)
}

/// 1 + 2 + ... + n (inclusive).
pub fn sum_to(n: u64) -> u64 {
    (1..n).sum()
}

/// Numbers of the Fibonacci sequence, starting 0, 1.
pub const FIRST: [u64; 2] = [0, 1];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequence() {
        assert_eq!(fibonacci(0), FIRST[0]);
        assert_eq!(fibonacci(1), FIRST[1]);
        assert_eq!(fibonacci(10), 55);
        assert_eq!(fibonacci(50), 12_586_269_025);
    }
}

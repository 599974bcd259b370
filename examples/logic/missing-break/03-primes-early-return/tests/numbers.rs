use prime_sieve_tools::primes::{factorize, is_prime, primes_between};
use prime_sieve_tools::{gcd, lcm};

#[test]
fn primes_from_zero() {
    assert_eq!(primes_between(0, 20), vec![2, 3, 5, 7, 11, 13, 17, 19]);
}

#[test]
fn larger_primes() {
    assert!(is_prime(97));
    assert!(!is_prime(91));
    assert_eq!(primes_between(90, 110), vec![97, 101, 103, 107, 109]);
}

#[test]
fn factors_and_divisors() {
    assert_eq!(factorize(360), vec![2, 2, 2, 3, 3, 5]);
    assert_eq!(factorize(97), vec![97]);
    assert_eq!(gcd(84, 36), 12);
    assert_eq!(lcm(4, 6), 12);
}

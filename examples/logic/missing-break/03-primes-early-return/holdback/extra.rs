use prime_sieve_tools::primes::{is_prime, primes_between};

#[test]
fn small_numbers() {
    assert!(!is_prime(0));
    assert!(!is_prime(1));
    assert!(is_prime(2));
    assert!(is_prime(3));
    assert!(!is_prime(4));
    assert!(!is_prime(25));
    assert_eq!(primes_between(1, 2), vec![2]);
    assert_eq!(primes_between(0, 1), Vec::<u64>::new());
}

pub fn is_prime(n: u64) -> bool {
    if n < 2 {
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

/// Primes in `lo..=hi`.
pub fn primes_between(lo: u64, hi: u64) -> Vec<u64> {
    (lo..=hi).filter(|&n| is_prime(n)).collect()
}

/// Prime factors with multiplicity, ascending.
pub fn factorize(mut n: u64) -> Vec<u64> {
    let mut out = Vec::new();
    let mut d = 2;
    while d * d <= n {
        while n % d == 0 {
            out.push(d);
            n /= d;
        }
        d += 1;
    }
    if n > 1 {
        out.push(n);
    }
    out
}

use crate::memo::Memo;

pub fn fib_sum(m: &Memo, ns: &[u64]) -> u64 {
    ns.iter().map(|n| m.fib(*n)).sum()
}

pub fn tenth(m: &Memo) -> u64 {
    m.fib(10)
}

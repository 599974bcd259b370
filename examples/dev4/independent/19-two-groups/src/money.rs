#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Money(pub u64);

pub fn cents(n: u32) -> Money {
    Money(n)
}

pub fn needless(x: u32) -> u32 {
    return x + 1;
}

pub fn unused() -> u32 {
    let spare = 5;
    7
}

pub fn broken() -> u32 {
    let x = ;
    x
}

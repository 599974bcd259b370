pub fn squares(n: u32) -> Vec<u32> {
    let v = Vec::new();
    for i in 0..n {
        v.push(i * i);
    }
    v
}

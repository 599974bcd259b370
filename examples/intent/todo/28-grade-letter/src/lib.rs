/// The letter for a score: 90+ "A", 80+ "B", 70+ "C", 60+ "D", else "F".
pub fn grade(score: u32) -> char {
    todo!()
}

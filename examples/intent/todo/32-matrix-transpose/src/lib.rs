/// The transpose of a rectangular matrix given as rows.
pub fn transpose(rows: &[Vec<i32>]) -> Vec<Vec<i32>> {
    todo!()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    pub rows: Vec<Vec<i32>>,
}

impl Matrix {
    pub fn transposed(self) -> Matrix {
        let width = self.rows.first().map_or(0, |r| r.len());
        let rows = (0..width).map(|c| self.rows.iter().map(|r| r[c]).collect()).collect();
        Matrix { rows }
    }
}

pub fn is_symmetric(m: &Matrix) -> bool {
    m.transposed() == *m
}

pub fn column(m: &Matrix, c: usize) -> Vec<i32> {
    m.transposed().rows.get(c).cloned().unwrap_or_default()
}

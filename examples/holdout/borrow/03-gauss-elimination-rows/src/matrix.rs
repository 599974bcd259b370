/// Row-major dense matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    rows: Vec<Vec<f64>>,
}

impl Matrix {
    pub fn from_rows(rows: Vec<Vec<f64>>) -> Self {
        let width = rows.first().map_or(0, |r| r.len());
        assert!(rows.iter().all(|r| r.len() == width), "ragged matrix");
        Matrix { rows }
    }

    pub fn size(&self) -> usize {
        self.rows.len()
    }

    pub fn get(&self, r: usize, c: usize) -> f64 {
        self.rows[r][c]
    }

    pub fn swap_rows(&mut self, a: usize, b: usize) {
        self.rows.swap(a, b);
    }

    /// rows[dst] += factor * rows[src]
    pub fn add_scaled_row(&mut self, src: usize, dst: usize, factor: f64) {
        let src_row = &self.rows[src];
        for (d, s) in self.rows[dst].iter_mut().zip(src_row.iter()) {
            *d += factor * s;
        }
    }
}

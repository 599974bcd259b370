//! A tiny 3-row matrix with heap-allocated rows of arbitrary width.

#[derive(Debug, Clone, PartialEq)]
pub struct Matrix3 {
    rows: [Vec<f64>; 3],
}

impl Matrix3 {
    pub fn new(rows: [Vec<f64>; 3]) -> Result<Self, String> {
        let first = rows[0];
        let width = first.len();
        if width == 0 {
            return Err("rows must not be empty".to_string());
        }
        if rows.iter().any(|r| r.len() != width) {
            return Err("rows have different widths".to_string());
        }
        Ok(Matrix3 { rows })
    }

    pub fn width(&self) -> usize {
        self.rows[0].len()
    }

    /// Dot product of row `i` with `v`.
    pub fn row_dot(&self, i: usize, v: &[f64]) -> f64 {
        let row = &self.rows[i];
        row.iter().zip(v).map(|(a, b)| a * b).sum()
    }

    pub fn mul_vec(&self, v: &[f64]) -> [f64; 3] {
        let mut out = [0.0; 3];
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = self.row_dot(i, v);
        }
        out
    }

    pub fn column(&self, j: usize) -> [f64; 3] {
        [self.rows[0][j], self.rows[1][j], self.rows[2][j]]
    }

    pub fn transpose_rows(&self) -> Vec<[f64; 3]> {
        (0..self.width()).map(|j| self.column(j)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Matrix3 {
        Matrix3::new([vec![1.0, 2.0], vec![3.0, 4.0], vec![5.0, 6.0]]).unwrap()
    }

    #[test]
    fn multiplies_vector() {
        let m = sample();
        assert_eq!(m.mul_vec(&[1.0, 1.0]), [3.0, 7.0, 11.0]);
        assert_eq!(m.row_dot(2, &[2.0, 0.5]), 13.0);
    }

    #[test]
    fn transposes_and_validates() {
        let m = sample();
        assert_eq!(m.transpose_rows(), vec![[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]]);
        assert!(Matrix3::new([vec![1.0], vec![], vec![2.0]]).is_err());
        assert!(Matrix3::new([vec![], vec![], vec![]]).is_err());
    }
}

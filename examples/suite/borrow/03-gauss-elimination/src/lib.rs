/// Dense row-major matrix used to solve small linear systems `A x = b`.
#[derive(Debug, Clone)]
pub struct Matrix {
    rows: Vec<Vec<f64>>,
}

impl Matrix {
    pub fn from_rows(rows: Vec<Vec<f64>>) -> Self {
        Matrix { rows }
    }

    pub fn swap_rows(&mut self, i: usize, j: usize) {
        if i != j {
            let a = &mut self.rows[i];
            let b = &mut self.rows[j];
            std::mem::swap(a, b);
        }
    }

    fn pivot_for(&self, col: usize) -> usize {
        (col..self.rows.len())
            .max_by(|&a, &b| {
                self.rows[a][col]
                    .abs()
                    .partial_cmp(&self.rows[b][col].abs())
                    .unwrap()
            })
            .unwrap()
    }

    /// Solve the augmented system in place; each row holds the coefficients followed by
    /// the right-hand side. Returns None when the matrix is singular.
    pub fn solve(mut self) -> Option<Vec<f64>> {
        let n = self.rows.len();
        for col in 0..n {
            let pivot = self.pivot_for(col);
            if self.rows[pivot][col].abs() < 1e-12 {
                return None;
            }
            self.swap_rows(col, pivot);
            let pivot_row = &self.rows[col];
            for r in col + 1..n {
                let row = &mut self.rows[r];
                let factor = row[col] / pivot_row[col];
                for (c, value) in row.iter_mut().enumerate().skip(col) {
                    *value -= factor * pivot_row[c];
                }
            }
        }
        let mut x = vec![0.0; n];
        for r in (0..n).rev() {
            let tail: f64 = (r + 1..n).map(|c| self.rows[r][c] * x[c]).sum();
            x[r] = (self.rows[r][n] - tail) / self.rows[r][r];
        }
        Some(x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-9)
    }

    #[test]
    fn solves_system_needing_pivot() {
        let m = Matrix::from_rows(vec![
            vec![0.0, 2.0, 1.0, 7.0],
            vec![1.0, 1.0, 1.0, 6.0],
            vec![2.0, 1.0, -1.0, 1.0],
        ]);
        let x = m.solve().expect("solvable");
        assert!(close(&x, &[1.0, 2.0, 3.0]), "got {x:?}");
    }

    #[test]
    fn detects_singular_matrix() {
        let m = Matrix::from_rows(vec![vec![1.0, 2.0, 3.0], vec![2.0, 4.0, 6.0]]);
        assert_eq!(m.solve(), None);
    }

    #[test]
    fn swap_exchanges_rows() {
        let mut m = Matrix::from_rows(vec![vec![1.0], vec![2.0], vec![3.0]]);
        m.swap_rows(0, 2);
        assert_eq!(m.rows, vec![vec![3.0], vec![2.0], vec![1.0]]);
    }
}

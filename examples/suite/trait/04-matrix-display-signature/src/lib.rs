//! Dense row-major matrices with multiplication and pretty printing.

use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    pub fn zeros(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    pub fn identity(n: usize) -> Self {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m.set(i, i, 1.0);
        }
        m
    }

    pub fn from_rows(rows: &[&[f64]]) -> Self {
        let cols = rows.first().map_or(0, |r| r.len());
        let data = rows.iter().flat_map(|r| r.iter().copied()).collect();
        Matrix { rows: rows.len(), cols, data }
    }

    pub fn get(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }

    pub fn set(&mut self, r: usize, c: usize, v: f64) {
        self.data[r * self.cols + c] = v;
    }

    pub fn mul(&self, other: &Matrix) -> Option<Matrix> {
        if self.cols != other.rows {
            return None;
        }
        let mut out = Matrix::zeros(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                let sum = (0..self.cols).map(|k| self.get(i, k) * other.get(k, j)).sum();
                out.set(i, j, sum);
            }
        }
        Some(out)
    }

    pub fn transpose(&self) -> Matrix {
        let mut out = Matrix::zeros(self.cols, self.rows);
        for i in 0..self.rows {
            for j in 0..self.cols {
                out.set(j, i, self.get(i, j));
            }
        }
        out
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:.1}", self.get(r, c))).collect();
            writeln!(f, "[{}]", row.join(", "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiply_and_transpose() {
        let a = Matrix::from_rows(&[&[1.0, 2.0], &[3.0, 4.0]]);
        let b = Matrix::from_rows(&[&[0.0, 1.0], &[1.0, 0.0]]);
        let p = a.mul(&b).unwrap();
        assert_eq!(p, Matrix::from_rows(&[&[2.0, 1.0], &[4.0, 3.0]]));
        assert_eq!(a.mul(&Matrix::identity(2)).unwrap(), a);
        assert_eq!(a.transpose().get(0, 1), 3.0);
        assert!(a.mul(&Matrix::zeros(3, 1)).is_none());
    }

    #[test]
    fn display_rows() {
        let m = Matrix::from_rows(&[&[1.0, 0.5], &[-2.0, 3.25]]);
        assert_eq!(m.to_string(), "[1.0, 0.5]\n[-2.0, 3.2]\n");
    }
}

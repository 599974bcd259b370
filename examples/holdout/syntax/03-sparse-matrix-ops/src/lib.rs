//! Sparse matrices stored as a map from (row, col) to non-zero values.
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sparse {
    pub rows: usize,
    pub cols: usize,
    cells: BTreeMap<(usize, usize), f64>,
}

impl Sparse {
    pub fn new(rows: usize, cols: usize) -> Self {
        Sparse { rows, cols, cells: BTreeMap::new() }
    }

    pub fn set(&mut self, r: usize, c: usize, v: f64) {
        assert!(r < self.rows && c < self.cols, "({r}, {c}) out of bounds");
        if v == 0.0 {
            self.cells.remove(&(r, c));
        } else {
            self.cells.insert((r, c), v);
        }
    }

    pub fn get(&self, r: usize, c: usize) -> f64 {
        self.cells.get(&(r, c)).copied().unwrap_or(0.0)
    }

    pub fn nnz(&self) -> usize {
        self.cells.len()
    }

    /// Matrix product; only pairs of stored entries are multiplied.
    pub fn mul(&self, other: &Sparse) -> Option<Sparse> {
        if self.cols != other.rows {
            return None;
        }
        let mut out = Sparse::new(self.rows, other.cols);
        for (&(i, k), &a) in &self.cells {
            for j in 0..other.cols {
                if let Some(&b) = other.cells.get(&(k, j) {
                    let sum = out.get(i, j) + a * b;
                    out.set(i, j, sum);
                }
            }
        }
        Some(out)
    }

    pub fn transpose(&self) -> Sparse {
        let mut t = Sparse::new(self.cols, self.rows);
        for (&(r, c), &v) in &self.cells {
            t.cells.insert((c, r), v);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multiplies_sparse_matrices() {
        let mut a = Sparse::new(2, 3);
        a.set(0, 0, 2.0);
        a.set(1, 2, 3.0);
        let mut b = Sparse::new(3, 2);
        b.set(0, 1, 4.0);
        b.set(2, 0, 5.0);
        let p = a.mul(&b).unwrap();
        assert_eq!(p.get(0, 1), 8.0);
        assert_eq!(p.get(1, 0), 15.0);
        assert_eq!(p.nnz(), 2);
        assert!(a.mul(&a).is_none());
    }

    #[test]
    fn transpose_and_zeroes() {
        let mut a = Sparse::new(2, 3);
        a.set(1, 2, 7.0);
        a.set(0, 1, 1.0);
        a.set(0, 1, 0.0);
        assert_eq!(a.nnz(), 1);
        let t = a.transpose();
        assert_eq!((t.rows, t.cols), (3, 2));
        assert_eq!(t.get(2, 1), 7.0);
        assert_eq!(t.transpose(), a);
    }
}

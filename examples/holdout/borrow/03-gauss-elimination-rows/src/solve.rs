use crate::matrix::Matrix;

const EPS: f64 = 1e-12;

/// Solve `a * x = b` with Gaussian elimination and partial pivoting.
/// Returns `None` for singular systems.
pub fn solve(mut a: Matrix, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = a.size();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| a.get(i, col).abs().total_cmp(&a.get(j, col).abs()))?;
        if a.get(pivot, col).abs() < EPS {
            return None;
        }
        a.swap_rows(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..n {
            let factor = -a.get(row, col) / a.get(col, col);
            a.add_scaled_row(col, row, factor);
            b[row] += factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let tail: f64 = (row + 1..n).map(|c| a.get(row, c) * x[c]).sum();
        x[row] = (b[row] - tail) / a.get(row, row);
    }
    Some(x)
}

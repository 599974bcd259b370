use crate::matrix::{Mat3, EPS};

/// Save/restore stack of the current transform, like a canvas context.
pub struct TransformStack {
    current: Mat3,
    saved: Vec<Mat3>,
}

impl Default for TransformStack {
    fn default() -> Self {
        TransformStack { current: Mat3::identity(), saved: Vec::new() }
    }
}

impl TransformStack {
    pub fn save(&mut self) {
        self.saved.push(self.current);
    }

    pub fn restore(&mut self) -> bool {
        match self.saved.pop() {
            Some(m) => {
                self.current = m;
                true
            }
            None => false,
        }
    }

    /// Post-multiply: the new transform applies before the existing ones.
    pub fn then(&mut self, m: Mat3) {
        self.current = self.current.mul(&m);
    }

    pub fn map(&self, p: (f64, f64)) -> (f64, f64) {
        self.current.apply(p)
    }

    pub fn is_identity(&self) -> bool {
        let id = Mat3::identity();
        self.current.0.iter().flatten().zip(id.0.iter().flatten()).all(|(a, b)| (a - b).abs() < EPS)
    }
}

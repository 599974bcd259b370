//! Integer polynomials given as comma-separated coefficients, lowest degree first.

#[derive(Debug, Clone, PartialEq)]
pub struct Poly {
    coeffs: Vec<i64>,
}

impl Poly {
    /// Parse "c0, c1, c2, ..." (e.g. "1, 0, -3" is 1 - 3x^2).
    pub fn parse(text: &str) -> Result<Poly, String> {
        let parts = text.split(',').map(str::trim).collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(format!("empty coefficient in {:?}", text));
        }
        let mut coeffs = Vec::with_capacity(parts.len());
        for part in parts {
            coeffs.push(part.parse().map_err(|_| format!("bad coefficient {:?}", part))?);
        }
        Ok(Poly::new(coeffs))
    }

    pub fn new(mut coeffs: Vec<i64>) -> Poly {
        while coeffs.len() > 1 && coeffs.last() == Some(&0) {
            coeffs.pop();
        }
        Poly { coeffs }
    }

    pub fn degree(&self) -> usize {
        self.coeffs.len().saturating_sub(1)
    }

    /// Horner evaluation.
    pub fn eval(&self, x: i64) -> i64 {
        self.coeffs.iter().rev().fold(0, |acc, &c| acc * x + c)
    }

    pub fn derivative(&self) -> Poly {
        let coeffs = self
            .coeffs
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, &c)| c * i as i64)
            .collect();
        Poly::new(coeffs)
    }

    pub fn add(&self, other: &Poly) -> Poly {
        let n = self.coeffs.len().max(other.coeffs.len());
        let coeffs = (0..n)
            .map(|i| self.coeffs.get(i).unwrap_or(&0) + other.coeffs.get(i).unwrap_or(&0))
            .collect();
        Poly::new(coeffs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_eval() {
        let p = Poly::parse("1, 0, -3").unwrap();
        assert_eq!(p.degree(), 2);
        assert_eq!(p.eval(2), 1 - 12);
        assert_eq!(Poly::parse("4, 2, 0, 0").unwrap().degree(), 1);
        assert_eq!(Poly::parse("1, x"), Err("bad coefficient \"x\"".to_string()));
        assert!(Poly::parse("1,,2").is_err());
    }

    #[test]
    fn derivative_and_sum() {
        let p = Poly::parse("5, 3, 2").unwrap();
        assert_eq!(p.derivative(), Poly::new(vec![3, 4]));
        let q = Poly::parse("-5, -3, -2, 1").unwrap();
        assert_eq!(p.add(&q), Poly::new(vec![0, 0, 0, 1]));
        assert_eq!(Poly::new(vec![7]).derivative().eval(10), 0);
    }
}

//! Summaries of numeric time series, generic over the sample type.

use std::ops::{Add, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary<T> {
    pub total: T,
    pub min: T,
    pub max: T,
    pub count: usize,
}

impl<T: Copy + Sub<Output = T>> Summary<T> {
    pub fn range(&self) -> T {
        self.max - self.min
    }
}

/// Total, minimum and maximum of the samples, or None for an empty series.
pub fn summarize<T>(samples: &[T]) -> Option<Summary<T>>
where
    T: Copy + Add<Output = T>,
{
    let first = *samples.first()?;
    let mut summary = Summary { total: T::default(), min: first, max: first, count: 0 };
    for &x in samples {
        summary.total = summary.total + x;
        if x < summary.min {
            summary.min = x;
        }
        if x > summary.max {
            summary.max = x;
        }
        summary.count += 1;
    }
    Some(summary)
}

/// Summaries of consecutive, non-overlapping windows of `width` samples.
pub fn windowed(samples: &[i64], width: usize) -> Vec<Summary<i64>> {
    samples.chunks(width.max(1)).filter_map(summarize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_series() {
        let s = summarize(&[4, -2, 9, 1]).unwrap();
        assert_eq!(s, Summary { total: 12, min: -2, max: 9, count: 4 });
        assert_eq!(s.range(), 11);
        assert_eq!(summarize::<u8>(&[]), None);
    }

    #[test]
    fn float_series_and_windows() {
        let s = summarize(&[0.5f64, 2.0, 1.5]).unwrap();
        assert_eq!((s.total, s.min, s.max), (4.0, 0.5, 2.0));
        let w = windowed(&[1, 5, 3, 8, 2], 2);
        assert_eq!(w.len(), 3);
        assert_eq!(w[1].max, 8);
        assert_eq!(w[2].total, 2);
    }
}

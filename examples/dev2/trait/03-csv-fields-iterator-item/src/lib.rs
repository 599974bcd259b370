//! Column statistics over simple CSV text with optional double-quoted fields.

/// Splits one line into fields; a field may be wrapped in double quotes to contain commas.
pub struct Fields<'a> {
    rest: Option<&'a str>,
}

pub fn fields(line: &str) -> Fields<'_> {
    Fields { rest: Some(line) }
}

impl<'a> Iterator for Fields<'a> {
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted.find('"')?;
            self.rest = quoted[end + 1..].strip_prefix(',');
            return Some(&quoted[..end]);
        }
        match rest.find(',') {
            Some(i) => {
                self.rest = Some(&rest[i + 1..]);
                Some(&rest[..i])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub count: usize,
    pub min: f64,
    pub max: f64,
    pub mean: f64,
}

/// Statistics of the numeric values in column `name`; the first line is the header.
/// Rows whose cell does not parse as a number are skipped.
pub fn column_stats(text: &str, name: &str) -> Option<Stats> {
    let mut lines = text.lines();
    let column = fields(lines.next()?).position(|h| h.trim() == name)?;
    let values: Vec<f64> = lines
        .filter_map(|line| fields(line).nth(column))
        .filter_map(|cell| cell.trim().parse().ok())
        .collect();
    if values.is_empty() {
        return None;
    }
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    Some(Stats { count: values.len(), min, max, mean })
}

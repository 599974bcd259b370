#[derive(Debug, PartialEq)]
pub struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn split_row(line: &str) -> Vec<String> {
        line.split(',').map(|cell| cell.trim().to_string()).collect()
    }

    /// Parses a header line followed by data rows; blank lines are skipped.
    pub fn parse(text: &str) -> Option<Table> {
        let mut lines = text.lines().filter(|l| !l.trim().is_empty());
        let headers = split_row(lines.next()?);
        let rows: Vec<Vec<String>> = lines.map(Self::split_row).collect();
        if rows.iter().any(|r| r.len() != headers.len()) {
            return None;
        }
        Some(Table { headers, rows })
    }

    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    pub fn headers(&self) -> impl Iterator<Item = &str> {
        self.headers.iter().map(String::as_str)
    }

    pub fn column(&self, name: &str) -> Option<Vec<&str>> {
        let idx = self.headers.iter().position(|h| h == name)?;
        Some(self.rows.iter().map(|r| r[idx].as_str()).collect())
    }

    pub fn sum(&self, name: &str) -> Option<f64> {
        let cells = self.column(name)?;
        cells.iter().map(|c| c.parse::<f64>().ok()).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// First non-empty line is the header; short rows are padded with empty cells.
    pub fn from_csv(text: &str) -> Option<Table> {
        let mut lines = text.lines().filter(|l| !l.trim().is_empty());
        let header = split(lines.next()?);
        let rows = lines
            .map(|line| {
                let mut cells = split(line);
                cells.resize(header.len().max(cells.len()), String::new());
                cells
            })
            .collect();
        Some(Table { header, rows })
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).chain([self.header.len()]).max().unwrap_or(0)
    }
}

fn split(line: &str) -> Vec<String> {
    line.split(',').map(|cell cell.trim().replace('|', "\\|")).collect()
}

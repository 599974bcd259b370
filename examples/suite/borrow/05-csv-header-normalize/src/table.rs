use crate::header::Header;

pub struct Table {
    pub header: Header,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn parse(text: &str) -> Result<Table, String> {
        let mut lines = text.lines().filter(|l| !l.trim().is_empty());
        let header = Header::parse(lines.next().ok_or("empty input")?)?;
        let mut rows = Vec::new();
        for (n, line) in lines.enumerate() {
            let row: Vec<String> = line.split(',').map(|f| f.trim().to_string()).collect();
            if row.len() != header.columns.len() {
                return Err(format!("row {} has {} fields", n + 1, row.len()));
            }
            rows.push(row);
        }
        Ok(Table { header, rows })
    }

    pub fn column(&self, name: &str) -> Option<Vec<&str>> {
        let idx = self.header.index_of(name)?;
        Some(self.rows.iter().map(|r| r[idx].as_str()).collect())
    }
}

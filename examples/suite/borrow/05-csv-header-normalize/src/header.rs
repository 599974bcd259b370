/// Column names, lower-cased with inner spaces replaced by underscores.
#[derive(Debug, PartialEq)]
pub struct Header {
    pub columns: Vec<String>,
}

impl Header {
    pub fn parse(line: &str) -> Result<Header, String> {
        let names: Vec<&str> = line.trim().to_lowercase().split(',').map(str::trim).collect();
        if names.iter().any(|n| n.is_empty()) {
            return Err(format!("empty column name in header {line:?}"));
        }
        let columns: Vec<String> = names.iter().map(|n| n.replace(' ', "_")).collect();
        for (i, c) in columns.iter().enumerate() {
            if columns[..i].contains(c) {
                return Err(format!("duplicate column {c}"));
            }
        }
        Ok(Header { columns })
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        let wanted = name.trim().to_lowercase().replace(' ', "_");
        self.columns.iter().position(|c| *c == wanted)
    }
}

//! Minimal CSV reader: quoted fields, a header row and numeric column sums.

/// Split one CSV line into fields. Double quotes group commas; `""` is a literal quote.
pub fn parse_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut in_quotes = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if in_quotes && chars.peek() == Some(&'"') => {
                current.push('"');
                chars.next();
            }
            '"' => in_quotes = !in_quotes,
            ',' if !in_quotes => fields.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    fields.push(current);
    fields
}

pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

pub fn parse_table(text: &str) -> Option<Table> {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = parse_line(lines.next()?);
    let rows = lines.map(parse_line).collect();
    Some(Table { header, rows })
}

impl Table {
    /// All values of the named column; short rows yield an empty string.
    pub fn column(&self, name: &str) -> Option<Vec<&str>> {
        let idx = self.header.iter().position(|h| h == name)?;
        Some(self.rows.iter().map(|r| r.get(idx).map(|s| s.as_str()).unwrap_or("").collect())
    }

    pub fn sum_column(&self, name: &str) -> Option<f64> {
        let values = self.column(name)?;
        Some(values.iter().filter_map(|v| v.trim().parse::<f64>().ok()).sum())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_and_quotes() {
        assert_eq!(parse_line(r#"a,"b,c","say ""hi""""#), vec!["a", "b,c", r#"say "hi""#]);
        assert_eq!(parse_line(""), vec![""]);
    }

    #[test]
    fn columns_and_sums() {
        let t = parse_table("name,price,qty\napple,1.5,3\n\n\"pear, green\",2.25\nplum,x,1\n").unwrap();
        assert_eq!(t.column("name").unwrap(), vec!["apple", "pear, green", "plum"]);
        assert_eq!(t.column("qty").unwrap(), vec!["3", "", "1"]);
        assert_eq!(t.sum_column("price"), Some(3.75));
        assert!(t.column("missing").is_none());
    }
}

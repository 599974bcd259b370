#[derive(Debug, PartialEq)]
pub enum CsvError {
    NoHeader,
    UnclosedQuote,
    Width { row: usize },
}

pub fn parse_record(line: &str) -> Result<Vec<String>, CsvError> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut in_quotes = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                in_quotes = false;
            } else {
                cur.push(c);
            }
        } else if c == '"' {
            in_quotes = true;
        } else if c == ',' {
            fields.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if in_quotes {
        return Err(CsvError::UnclosedQuote);
    }
    fields.push(cur);
    Ok(fields)
}

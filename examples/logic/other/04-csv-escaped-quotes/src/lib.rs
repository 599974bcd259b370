//! Reading CSV records (RFC 4180 quoting) into rows of strings.
mod record;
pub use record::{parse_record, CsvError};

/// Parse every non-empty line; the first row is the header.
pub fn parse_table(text: &str) -> Result<(Vec<String>, Vec<Vec<String>>), CsvError> {
    let mut rows = text.lines().filter(|l| !l.is_empty()).map(parse_record);
    let header = rows.next().ok_or(CsvError::NoHeader)??;
    let body = rows.collect::<Result<Vec<_>, _>>()?;
    if let Some(bad) = body.iter().position(|r| r.len() != header.len()) {
        return Err(CsvError::Width { row: bad + 1 });
    }
    Ok((header, body))
}

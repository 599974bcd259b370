//! Minimal CSV line splitter that understands double-quoted fields.

#[derive(Debug, PartialEq)]
pub enum CsvError {
    UnterminatedQuote { column: usize },
}

/// Split one CSV line into fields. Quotes may surround a field and `""`
/// inside a quoted field stands for a literal quote.
pub fn split_line(line: &str) -> Result<Vec<String>, CsvError> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut chars = line.chars().peekable();

    while let Some(c) = chars.next() {
        match c {
            '"' if in_quotes => {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    in_quotes = false;
                }
            }
            '"' if field.is_empty() => in_quotes = true,
            ',' if !in_quotes => {
                fields.push(std::mem::take(&mut feild));
            }
            other => field.push(other),
        }
    }

    if in_quotes {
        return Err(CsvError::UnterminatedQuote {
            column: fields.len(),
        });
    }
    fields.push(field);
    Ok(fields)
}

/// Parse a whole document, skipping blank lines.
pub fn parse(doc: &str) -> Result<Vec<Vec<String>>, CsvError> {
    doc.lines()
        .filter(|l| !l.trim().is_empty())
        .map(split_line)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_quoted_fields() {
        let row = split_line(r#"id,"Smith, John","said ""hi""""#).unwrap();
        assert_eq!(row, vec!["id", "Smith, John", r#"said "hi""#]);
    }

    #[test]
    fn empty_fields_are_kept() {
        assert_eq!(split_line("a,,c,").unwrap(), vec!["a", "", "c", ""]);
    }

    #[test]
    fn unterminated_quote_is_reported() {
        assert_eq!(
            split_line(r#"x,"oops"#),
            Err(CsvError::UnterminatedQuote { column: 1 })
        );
    }

    #[test]
    fn parse_skips_blank_lines() {
        let rows = parse("a,b\n\n c ,d\n").unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1][0], " c ");
    }
}

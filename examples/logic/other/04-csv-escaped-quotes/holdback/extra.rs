use csv_record_reader::{parse_record, CsvError};

#[test]
fn quote_edge_cases() {
    assert_eq!(parse_record("\"\"\"\"").unwrap(), vec!["\""]);
    assert_eq!(parse_record("\"\"").unwrap(), vec![""]);
    assert_eq!(parse_record("\"a\"\"\",b").unwrap(), vec!["a\"", "b"]);
    assert_eq!(parse_record("\"a\"\"").unwrap_err(), CsvError::UnclosedQuote);
}

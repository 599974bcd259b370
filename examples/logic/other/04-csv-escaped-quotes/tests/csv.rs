use csv_record_reader::{parse_record, parse_table, CsvError};

#[test]
fn simple_and_quoted_fields() {
    assert_eq!(parse_record("a,\"b,c\",d").unwrap(), vec!["a", "b,c", "d"]);
    assert_eq!(parse_record(",,").unwrap(), vec!["", "", ""]);
}

#[test]
fn doubled_quotes_are_literal() {
    assert_eq!(parse_record("1,\"say \"\"hi\"\"\",x").unwrap(), vec!["1", "say \"hi\"", "x"]);
}

#[test]
fn tables() {
    let (h, rows) = parse_table("name,qty\nbolt,3\n\nnut,5\n").unwrap();
    assert_eq!(h, vec!["name", "qty"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(parse_table("a,b\n1\n"), Err(CsvError::Width { row: 1 }));
    assert_eq!(parse_table(""), Err(CsvError::NoHeader));
    assert_eq!(parse_record("\"open"), Err(CsvError::UnclosedQuote));
}

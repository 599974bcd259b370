use trait_job_timeout_parse_int_from::{parse_duration, DurationError};

#[test]
fn parses_compound_durations() {
    assert_eq!(parse_duration("45s"), Ok(45));
    assert_eq!(parse_duration("1h30m"), Ok(5_400));
    assert_eq!(parse_duration(" 2d1s "), Ok(172_801));
}

#[test]
fn number_errors_keep_their_cause() {
    assert!(matches!(parse_duration("h"), Err(DurationError::BadNumber(_))));
    let err = parse_duration("99999999999999999999s").unwrap_err();
    assert!(matches!(err, DurationError::BadNumber(_)));
    assert_eq!(err.to_string(), "bad number: number too large to fit in target type");
}

#[test]
fn other_errors() {
    assert_eq!(parse_duration(""), Err(DurationError::Empty));
    assert_eq!(parse_duration("10"), Err(DurationError::MissingUnit));
    assert_eq!(parse_duration("3w"), Err(DurationError::UnknownUnit('w')));
}

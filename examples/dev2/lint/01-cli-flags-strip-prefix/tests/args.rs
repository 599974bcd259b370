use lint_cli_flags_strip_prefix::parse;

fn argv(s: &str) -> Vec<String> {
    s.split_whitespace().map(String::from).collect()
}

#[test]
fn options_switches_and_positionals() {
    let args = parse(&argv("build --target x86 -vq --jobs=4 src - -- --not-an-option")).unwrap();
    assert_eq!(args.options["target"], "x86");
    assert_eq!(args.options["jobs"], "4");
    assert_eq!(args.switches, vec!['v', 'q']);
    assert_eq!(args.positional, vec!["build", "src", "-", "--not-an-option"]);
    assert!(args.switch('q') && !args.switch('x'));
    assert_eq!(args.number_or("jobs", 1), Ok(4));
    assert_eq!(args.number_or("retries", 3), Ok(3));
    assert!(args.number_or("target", 1).is_err());
}

#[test]
fn missing_value_is_an_error() {
    assert_eq!(parse(&argv("--out")), Err("--out needs a value".to_string()));
    assert_eq!(parse(&Vec::new()).unwrap(), Default::default());
}

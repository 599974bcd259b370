use move_todo_cli_args::{apply, parse_args, Command};

fn args(list: &[&str]) -> Vec<String> {
    std::iter::once("todo").chain(list.iter().copied()).map(String::from).collect()
}

#[test]
fn parses_subcommands() {
    assert_eq!(
        parse_args(args(&["add", "buy milk", "1"])).unwrap(),
        Command::Add { title: "buy milk".into(), priority: 1 }
    );
    assert_eq!(
        parse_args(args(&["add", "walk"])).unwrap(),
        Command::Add { title: "walk".into(), priority: 3 }
    );
    assert_eq!(parse_args(args(&["done", "4"])).unwrap(), Command::Done(4));
    assert!(parse_args(args(&["add"])).is_err());
    assert!(parse_args(args(&["remove", "1"])).is_err());
}

#[test]
fn applies_commands() {
    let mut tasks = Vec::new();
    apply(parse_args(args(&["add", "write tests", "2"])).unwrap(), &mut tasks).unwrap();
    apply(parse_args(args(&["add", "ship"])).unwrap(), &mut tasks).unwrap();
    let out = apply(Command::Done(0), &mut tasks).unwrap();
    assert_eq!(out, vec!["completed write tests"]);
    let listing = apply(Command::List, &mut tasks).unwrap();
    assert_eq!(listing, vec!["0 [x] p2 write tests", "1 [ ] p3 ship"]);
    assert!(apply(Command::Done(7), &mut tasks).is_err());
}

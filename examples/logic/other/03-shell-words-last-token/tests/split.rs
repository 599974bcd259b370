use shell_words_split::{parse_command, split_words, SplitError};

#[test]
fn plain_words() {
    assert_eq!(split_words("ls -l  /tmp").unwrap(), vec!["ls", "-l", "/tmp"]);
}

#[test]
fn quotes_group_words_before_the_end() {
    let (prog, args) = parse_command("echo 'hello world' \"a b\" ").unwrap();
    assert_eq!(prog, "echo");
    assert_eq!(args, vec!["hello world", "a b"]);
}

#[test]
fn errors() {
    assert_eq!(split_words("echo 'oops"), Err(SplitError::UnclosedQuote('\'')));
    assert_eq!(parse_command("   "), Err(SplitError::Empty));
}

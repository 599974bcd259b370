use shell_words_split::split_words;

#[test]
fn last_words_and_empty_quotes() {
    assert_eq!(split_words("a").unwrap(), vec!["a"]);
    assert_eq!(split_words("grep ''").unwrap(), vec!["grep", ""]);
    assert_eq!(split_words("say \"hi there\"").unwrap(), vec!["say", "hi there"]);
    assert_eq!(split_words("x'y z'w ").unwrap(), vec!["xy zw"]);
    assert_eq!(split_words("").unwrap(), Vec::<String>::new());
}

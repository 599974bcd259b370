use trait_shell_command_arity::Shell;

#[test]
fn variables_expand_into_commands() {
    let mut sh = Shell::with_builtins();
    assert_eq!(sh.execute("set who big world"), Ok(String::new()));
    assert_eq!(sh.execute("echo hello $who"), Ok("hello big world".to_string()));
    assert_eq!(sh.execute("upper hi $who"), Ok("HI BIG WORLD".to_string()));
}

#[test]
fn errors_are_reported() {
    let mut sh = Shell::with_builtins();
    assert_eq!(sh.execute("frobnicate"), Err("frobnicate: command not found".to_string()));
    assert!(sh.execute("set lonely").is_err());
    assert_eq!(sh.execute("   "), Err("empty command".to_string()));
}

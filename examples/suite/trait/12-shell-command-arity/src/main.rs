use std::io::{self, BufRead};

use trait_shell_command_arity::Shell;

fn main() {
    let mut shell = Shell::with_builtins();
    for line in io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        match shell.execute(&line) {
            Ok(out) if out.is_empty() => {}
            Ok(out) => println!("{}", out),
            Err(e) => eprintln!("error: {}", e),
        }
    }
}

//! Evaluate each line of stdin; `name = value` lines define variables.
use std::collections::HashMap;
use std::io::BufRead;

fn main() {
    let mut vars = HashMap::new();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        if let Some((name, expr)) = line.split_once('=') {
            match calc_tokenizer::eval(expr, &vars) {
                Ok(v) => drop(vars.insert(name.trim().to_string(), v)),
                Err(e) => eprintln!("{}", e),
            }
        } else {
            match calc_tokenizer::eval(&line, &vars) {
                Ok(v) => println!("{}", v),
                Err(e) => eprintln!("{}", e),
            }
        }
    }
}

//! A tiny command-line flag parser: `--name value`, `--name=value`, `-v` switches and
//! positional arguments.

use std::collections::BTreeMap;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Args {
    pub options: BTreeMap<String, String>,
    pub switches: Vec<char>,
    pub positional: Vec<String>,
}

impl Args {
    pub fn switch(&self, c: char) -> bool {
        self.switches.contains(&c)
    }

    /// The option's value parsed as a number, or `default` when absent.
    pub fn number_or(&self, name: &str, default: u32) -> Result<u32, String> {
        match self.options.get(name) {
            Some(v) => v.parse().map_err(|_| format!("--{} expects a number, got {:?}", name, v)),
            None => Ok(default),
        }
    }
}

pub fn parse(argv: &Vec<String>) -> Result<Args, String> {
    let mut args = Args::default();
    let mut iter = argv.iter();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            args.positional.extend(iter.by_ref().cloned());
        } else if arg.starts_with("--") {
            let long = &arg[2..];
            match long.split_once('=') {
                Some((name, value)) => {
                    args.options.insert(name.to_string(), value.to_string());
                }
                None => {
                    let value = iter.next().ok_or(format!("--{} needs a value", long))?;
                    args.options.insert(long.to_string(), value.clone());
                }
            }
        } else if arg.starts_with('-') && arg.len() > 1 {
            args.switches.extend(arg[1..].chars());
        } else {
            args.positional.push(arg.clone());
        }
    }
    Ok(args)
}

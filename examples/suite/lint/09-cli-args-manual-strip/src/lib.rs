//! Core of a command-line parser: long/short flags, `--key=value` options and positionals.
use std::collections::BTreeMap;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Args {
    pub flags: Vec<String>,
    pub options: BTreeMap<String, String>,
    pub positional: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub enum ArgError {
    MissingValue(String),
}

/// Options that consume the following argument when written without `=`.
const TAKES_VALUE: &[&str] = &["output", "jobs"];

pub fn parse<I: IntoIterator<Item = String>>(args: I) -> Result<Args, ArgError> {
    let mut out = Args::default();
    let mut iter = args.into_iter();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            out.positional.extend(iter.by_ref());
            break;
        }
        if arg.starts_with("--") {
            let long = &arg[2..];
            if let Some((k, v)) = long.split_once('=') {
                out.options.insert(k.to_string(), v.to_string());
            } else if TAKES_VALUE.contains(&long) {
                let value = iter.next().ok_or_else(|| ArgError::MissingValue(long.to_string()))?;
                out.options.insert(long.to_string(), value);
            } else {
                out.flags.push(long.to_string());
            }
        } else if arg.len() > 1 && arg.starts_with('-') {
            out.flags.extend(arg[1..].chars().map(String::from));
        } else {
            out.positional.push(arg);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Args, ArgError> {
        parse(s.split_whitespace().map(String::from))
    }

    #[test]
    fn mixes_flags_options_and_positionals() {
        let a = p("build -vq --release --jobs 4 --target=x86 src -- --not-a-flag").unwrap();
        assert_eq!(a.flags, vec!["v", "q", "release"]);
        assert_eq!(a.options.get("jobs").map(String::as_str), Some("4"));
        assert_eq!(a.options.get("target").map(String::as_str), Some("x86"));
        assert_eq!(a.positional, vec!["build", "src", "--not-a-flag"]);
    }

    #[test]
    fn missing_values_and_edge_cases() {
        assert_eq!(p("--output"), Err(ArgError::MissingValue("output".into())));
        assert_eq!(p("--"), Ok(Args::default()));
        let a = p("- --out=a=b").unwrap();
        assert_eq!(a.positional, vec!["-"]);
        assert_eq!(a.options.get("out").map(String::as_str), Some("a=b"));
    }
}

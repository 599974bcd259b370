//! Argument handling for the `thumbnail` command-line tool.

/// Value following `--flag` or given as `--flag=value`; `default` when the flag is absent.
pub fn flag_value<'a>(args: &'a [String], flag: &str, default: &str) -> &'a str {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(rest) = arg.strip_prefix(flag) {
            if let Some(value) = rest.strip_prefix('=') {
                return value;
            }
            if rest.is_empty() {
                return iter.next().map(String::as_str).unwrap_or(default);
            }
        }
    }
    default
}

pub fn has_switch(args: &[String], switch: &str) -> bool {
    args.iter().any(|a| a == switch)
}

#[derive(Debug, PartialEq)]
pub struct Options<'a> {
    pub input: &'a str,
    pub format: &'a str,
    pub width: u32,
    pub quiet: bool,
}

pub fn parse_options(args: &[String]) -> Result<Options<'_>, String> {
    let input = args.first().filter(|a| !a.starts_with("--")).ok_or("missing input file")?;
    let width = flag_value(args, "--width", "128");
    Ok(Options {
        input,
        format: flag_value(args, "--format", "png"),
        width: width.parse().map_err(|_| format!("bad width {width:?}"))?,
        quiet: has_switch(args, "--quiet"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn reads_both_flag_styles_and_defaults() {
        let a = args("cat.jpg --format=webp --width 64 --quiet");
        let opts = parse_options(&a).unwrap();
        assert_eq!(opts, Options { input: "cat.jpg", format: "webp", width: 64, quiet: true });
        let b = args("dog.jpg");
        assert_eq!(parse_options(&b).unwrap().format, "png");
        assert_eq!(parse_options(&b).unwrap().width, 128);
    }

    #[test]
    fn rejects_bad_input() {
        assert!(parse_options(&args("--width 3")).is_err());
        assert!(parse_options(&args("x.png --width big")).is_err());
        assert_eq!(flag_value(&args("x --width"), "--width", "9"), "9");
    }
}

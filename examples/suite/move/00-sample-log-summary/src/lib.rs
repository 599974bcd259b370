/// Summarise log lines: count errors and keep the last error line.
pub struct Summary {
    pub errors: usize,
    pub last_error: Option<String>,
}

pub fn summarize(lines: Vec<String>) -> Summary {
    let mut errors = 0;
    let mut last_error = None;
    for line in lines {
        if line.starts_with("ERROR") {
            errors += 1;
            last_error = Some(line);
        }
    }
    println!("scanned {} lines", lines.len());
    Summary { errors, last_error }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_errors() {
        let s = summarize(vec!["ERROR a".into(), "INFO b".into(), "ERROR c".into()]);
        assert_eq!(s.errors, 2);
        assert_eq!(s.last_error.as_deref(), Some("ERROR c"));
    }
}

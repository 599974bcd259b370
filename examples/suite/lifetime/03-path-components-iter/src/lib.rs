//! Splitting and normalising slash-separated virtual paths (as used in an archive).

/// Iterator over the non-empty components of a `/`-separated path.
pub struct Components<'a> {
    rest: &'a str,
}

pub fn components(path: &str) -> Components<'_> {
    Components { rest: path }
}

impl Iterator for Components<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        loop {
            if self.rest.is_empty() {
                return None;
            }
            let (head, tail) = match self.rest.find('/') {
                Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
                None => (self.rest, ""),
            };
            self.rest = tail;
            if !head.is_empty() && head != "." {
                return Some(head);
            }
        }
    }
}

/// Resolve `..` and `.`; fails if the path escapes the root.
pub fn normalize(path: &str) -> Result<String, String> {
    let mut stack: Vec<&str> = Vec::new();
    for part in components(path) {
        if part == ".." {
            stack.pop().ok_or_else(|| format!("{path} escapes the archive root"))?;
        } else {
            stack.push(part);
        }
    }
    Ok(stack.join("/"))
}

pub fn depth(path: &str) -> usize {
    components(path).filter(|c| *c != "..").count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_empty_and_dot_components() {
        let parts: Vec<&str> = components("/usr//share/./doc/").collect();
        assert_eq!(parts, ["usr", "share", "doc"]);
        assert_eq!(components("").count(), 0);
        assert_eq!(depth("a/b/../c"), 3);
    }

    #[test]
    fn normalizes_parent_references() {
        assert_eq!(normalize("docs/img/../readme.md").as_deref(), Ok("docs/readme.md"));
        assert_eq!(normalize("./a/./b/").as_deref(), Ok("a/b"));
        assert!(normalize("a/../../etc/passwd").is_err());
    }
}

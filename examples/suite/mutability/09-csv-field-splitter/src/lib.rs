//! Character-at-a-time CSV line splitter supporting quoted fields.

#[derive(Debug, Default)]
pub struct Splitter {
    fields: Vec<String>,
    current: Option<String>,
    in_quotes: bool,
}

impl Splitter {
    pub fn feed(&mut self, c: char) {
        match c {
            '"' => self.in_quotes = !self.in_quotes,
            ',' if !self.in_quotes => {
                let field = self.current.take().unwrap_or_default();
                self.fields.push(field);
            }
            _ => {
                if let Some(buf) = &self.current {
                    buf.push(c);
                } else {
                    self.current = Some(c.to_string());
                }
            }
        }
    }

    pub fn finish(mut self) -> Result<Vec<String>, String> {
        if self.in_quotes {
            return Err("unterminated quoted field".to_string());
        }
        let last = self.current.take().unwrap_or_default();
        self.fields.push(last);
        Ok(self.fields)
    }
}

pub fn split_line(line: &str) -> Result<Vec<String>, String> {
    let mut s = Splitter::default();
    line.chars().for_each(|c| s.feed(c));
    s.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_plain_and_quoted() {
        assert_eq!(split_line("a,bc,,d").unwrap(), vec!["a", "bc", "", "d"]);
        assert_eq!(
            split_line(r#"name,"Smith, John",42"#).unwrap(),
            vec!["name", "Smith, John", "42"]
        );
    }

    #[test]
    fn rejects_unterminated_quote() {
        assert!(split_line(r#"x,"open"#).is_err());
        assert_eq!(split_line("").unwrap(), vec![""]);
    }
}

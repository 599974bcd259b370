pub struct Parser {
    pub strict: bool,
}

impl Parser {
    pub fn with_strict(strict: bool) -> Self {
        Parser { strict }
    }

    pub fn flag(&self, arg: &str) -> Option<String> {
        match arg.strip_prefix("--") {
            Some(name) if !name.is_empty() => Some(name.to_string()),
            _ if self.strict => None,
            _ => Some(arg.to_string()),
        }
    }
}

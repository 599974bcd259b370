use crate::version::Version;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    Exact(Version),
    AtLeast(Version),
    Caret(Version),
    Tilde(Version),
}

impl Constraint {
    pub fn parse(text: &str) -> Result<Constraint, String> {
        let text = text.trim();
        let (make, rest): (fn(Version) -> Constraint, &str) = if let Some(r) = text.strip_prefix(">=") {
            (Constraint::AtLeast, r)
        } else if let Some(r) = text.strip_prefix('^') {
            (Constraint::Caret, r)
        } else if let Some(r) = text.strip_prefix('~') {
            (Constraint::Tilde, r)
        } else {
            (Constraint::Exact, text.strip_prefix('=').unwrap_or(text))
        };
        Ok(make(Version::from_str(rest)?))
    }

    pub fn matches(&self, v: &Version) -> bool {
        match *self {
            Constraint::Exact(c) => *v == c,
            Constraint::AtLeast(c) => *v >= c,
            Constraint::Caret(c) if c.major == 0 => v.major == 0 && v.minor == c.minor && *v >= c,
            Constraint::Caret(c) => v.major == c.major && *v >= c,
            Constraint::Tilde(c) => v.major == c.major && v.minor == c.minor && *v >= c,
        }
    }
}

/// The highest of `available` that satisfies `constraint`.
pub fn best_match<'a>(constraint: &Constraint, available: &'a [Version]) -> Option<&'a Version> {
    available.iter().filter(|v| constraint.matches(v)).max()
}

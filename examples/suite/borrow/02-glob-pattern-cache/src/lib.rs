use std::collections::HashMap;

/// A compiled glob: literal runs separated by `*` wildcards and `?` single chars.
#[derive(Debug, PartialEq)]
pub enum Piece {
    Lit(char),
    Any,
    Star,
}

#[derive(Debug, PartialEq)]
pub struct Pattern {
    pieces: Vec<Piece>,
}

impl Pattern {
    pub fn compile(glob: &str) -> Pattern {
        let pieces = glob
            .chars()
            .map(|c| match c {
                '*' => Piece::Star,
                '?' => Piece::Any,
                other => Piece::Lit(other),
            })
            .collect();
        Pattern { pieces }
    }

    pub fn matches(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        Self::match_from(&self.pieces, &chars)
    }

    fn match_from(pieces: &[Piece], text: &[char]) -> bool {
        match pieces.split_first() {
            None => text.is_empty(),
            Some((Piece::Star, rest)) => {
                (0..=text.len()).any(|skip| Self::match_from(rest, &text[skip..]))
            }
            Some((Piece::Any, rest)) => !text.is_empty() && Self::match_from(rest, &text[1..]),
            Some((Piece::Lit(c), rest)) => {
                text.first() == Some(c) && Self::match_from(rest, &text[1..])
            }
        }
    }
}

/// Caches compiled patterns so hot globs are only parsed once.
#[derive(Default)]
pub struct PatternCache {
    compiled: HashMap<String, Pattern>,
    pub hits: u32,
    pub misses: u32,
}

impl PatternCache {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&mut self, glob: &str) -> &Pattern {
        if let Some(pattern) = self.compiled.get(glob) {
            self.hits += 1;
            return pattern;
        }
        self.misses += 1;
        self.compiled.insert(glob.to_string(), Pattern::compile(glob));
        &self.compiled[glob]
    }

    pub fn is_match(&mut self, glob: &str, text: &str) -> bool {
        self.get(glob).matches(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_wildcards() {
        let mut cache = PatternCache::new();
        assert!(cache.is_match("*.rs", "main.rs"));
        assert!(!cache.is_match("*.rs", "main.rc"));
        assert!(cache.is_match("log-??.txt", "log-07.txt"));
        assert!(!cache.is_match("log-??.txt", "log-7.txt"));
    }

    #[test]
    fn compiles_each_glob_once() {
        let mut cache = PatternCache::new();
        for name in ["a.rs", "b.rs", "c.toml"] {
            cache.is_match("*.rs", name);
        }
        cache.is_match("*.toml", "Cargo.toml");
        assert_eq!(cache.misses, 2);
        assert_eq!(cache.hits, 2);
        assert_eq!(cache.get("*.rs"), &Pattern::compile("*.rs"));
    }
}

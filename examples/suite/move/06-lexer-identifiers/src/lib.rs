//! Collect identifiers used in a tiny expression language.
pub mod lexer;

use lexer::{tokenize, Kind};
use std::collections::BTreeSet;

/// All distinct identifiers in `src`, sorted.
pub fn identifiers(src: &str) -> Result<BTreeSet<String>, String> {
    let tokens = tokenize(src)?;
    Ok(tokens
        .iter()
        .filter(|t| t.kind == Kind::Ident)
        .map(|t| t.text)
        .collect())
}

/// Number of numeric literals in `src`.
pub fn count_numbers(src: &str) -> Result<usize, String> {
    Ok(tokenize(src)?.iter().filter(|t| t.kind == Kind::Number).count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_identifiers() {
        let ids = identifiers("total = price * qty + tax * price").unwrap();
        let ids: Vec<_> = ids.into_iter().collect();
        assert_eq!(ids, vec!["price", "qty", "tax", "total"]);
    }

    #[test]
    fn counts_numbers_and_rejects_junk() {
        assert_eq!(count_numbers("x = 1 + 22 * y3").unwrap(), 2);
        assert!(identifiers("a $ b").is_err());
    }
}

//! Splitting command lines into words, with single and double quotes.
mod split;
pub use split::{split_words, SplitError};

/// Program name and arguments.
pub fn parse_command(line: &str) -> Result<(String, Vec<String>), SplitError> {
    let mut words = split_words(line)?;
    if words.is_empty() {
        return Err(SplitError::Empty);
    }
    let prog = words.remove(0);
    Ok((prog, words))
}

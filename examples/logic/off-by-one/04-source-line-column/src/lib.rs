//! Mapping byte offsets in a source file to line:column positions for error messages.
mod position;
pub use position::SourceMap;

pub fn error_at(src: &str, offset: usize, msg: &str) -> String {
    let map = SourceMap::new(src);
    let (line, col) = map.position(offset);
    let text = map.line_text(line).unwrap_or("");
    format!("{}:{}: {}\n  | {}", line, col, msg, text)
}

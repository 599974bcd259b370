use crate::scanner::{Line, Scanner};
use crate::section::Section;

/// Keys before the first header go into a section named "".
pub fn load(text: &str) -> Result<Vec<Section>, String> {
    let mut sections = vec![Section::new("")];
    let mut scanner = Scanner::new(text);
    while let Some(line) = scanner.next_line() {
        match line {
            Line::Header(name) => sections.push(Section { name: name.to_string(), entries: Vec::new() }),
            Line::Pair(key, value) => sections.last_mut().unwrap().set(key, value),
            Line::Invalid(n) => return Err(format!("line {n}: expected `key = value`")),
        }
    }
    if sections[0].is_empty() {
        sections.remove(0);
    }
    Ok(sections)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub level: Level,
    pub message: String,
}

/// Lines look like `[LEVEL] message`; the level is case-insensitive.
pub fn parse_line(line: &str) -> Option<Entry> {
    let words: Vec<&str> = line.to_lowercase().split_whitespace().collect();
    let level = match *words.first()? {
        "[debug]" => Level::Debug,
        "[info]" => Level::Info,
        "[warn]" | "[warning]" => Level::Warn,
        "[error]" => Level::Error,
        _ => return None,
    };
    let message = line.trim().split_once(']')?.1.trim().to_string();
    Some(Entry { level, message })
}

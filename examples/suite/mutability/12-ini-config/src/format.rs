use crate::parse::Config;

const MAX_INDENT: usize = 8;

/// Sections sorted by name, keys indented by `indent` spaces (at most MAX_INDENT).
pub fn pretty(config: &Config, indent: usize) -> String {
    if indent > MAX_INDENT {
        indent = MAX_INDENT;
    }
    let mut names: Vec<&String> = config.keys().collect();
    names.sort();
    let mut out = String::new();
    for name in names {
        if !name.is_empty() {
            out.push_str(&format!("[{name}]\n"));
        }
        for (k, v) in &config[name] {
            out.push_str(&format!("{}{k} = {v}\n", " ".repeat(indent)));
        }
    }
    out
}

use crate::fmt::bullet;

pub fn render(items: &[&str]) -> String {
    let lines: Vec<String> = items.iter().map(|i| bullet(i)).collect();
    lines.join("\n")
}

pub fn one(item: &str) -> String {
    bullet(item)
}

pub fn count_then_join(items: Vec<String>) -> (usize, String) {
    let joined: String = items.into_iter().collect();
    (items.len(), joined)
}

/// Add `tag` (lowercased) unless it is already present; returns whether it was added.
pub fn push_unique(list: &Vec<String>, tag: &str) -> bool {
    let tag = tag.trim().to_lowercase();
    if tag.is_empty() || list.contains(&tag) {
        return false;
    }
    list.push(tag);
    true
}

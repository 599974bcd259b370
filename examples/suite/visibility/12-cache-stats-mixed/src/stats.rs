use crate::cache::ResponseCache;

/// Fraction of lookups served from the cache, or `None` before any lookup.
pub fn hit_ratio(cache: &ResponseCache) -> Option<f64> {
    let total = cache.hits + cache.misses;
    if total == 0 {
        None
    } else {
        Some(cache.hits as f64 / total as f64)
    }
}

/// First path segment of every cached URL with its count, most common first
/// (ties broken alphabetically).
pub fn hot_prefixes(cache: &ResponseCache) -> Vec<(String, usize)> {
    let mut counts = HashMap::new();
    for url in cache.urls() {
        let path = url.split_once("://").map_or(url, |(_, rest)| rest);
        let prefix = path.split('/').nth(1).unwrap_or("");
        *counts.entry(prefix.to_string()).or_insert(0) += 1;
    }
    let mut out: Vec<(String, usize)> = counts.into_iter().collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_counts_expired_as_miss() {
        let mut c = ResponseCache::new(10);
        assert_eq!(hit_ratio(&c), None);
        c.store("https://api/users/1", "{}", 0);
        assert_eq!(c.fetch("https://api/users/1", 5), Some("{}"));
        assert_eq!(c.fetch("https://api/users/1", 10), None);
        assert_eq!(c.fetch("https://api/users/2", 1), None);
        assert_eq!(c.fetch("https://api/users/1", 9), Some("{}"));
        assert_eq!(hit_ratio(&c), Some(0.5));
    }

    #[test]
    fn prefixes_sorted_by_popularity() {
        let mut c = ResponseCache::new(10);
        for url in ["https://api/users/1", "https://api/orders/9", "https://api/users/2", "https://api/items/3"] {
            c.store(url, "", 0);
        }
        let hot = hot_prefixes(&c);
        assert_eq!(hot[0], ("users".to_string(), 2));
        assert_eq!(hot[1], ("items".to_string(), 1));
        assert_eq!(hot.len(), 3);
    }
}

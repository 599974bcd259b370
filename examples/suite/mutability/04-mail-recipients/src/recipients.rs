fn looks_valid(addr: &str) -> bool {
    match addr.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.') && !domain.ends_with('.'),
        None => false,
    }
}

/// Trim and lowercase every address, drop invalid ones, sort and deduplicate.
pub fn canonical(list: Vec<String>) -> Vec<String> {
    for addr in list.iter_mut() {
        *addr = addr.trim().to_lowercase();
    }
    list.retain(|a| looks_valid(a));
    list.sort();
    list.dedup();
    list
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_and_dedups() {
        let got = canonical(vec![
            " Bob@Example.com".into(),
            "alice@example.org".into(),
            "bob@example.com ".into(),
            "not-an-address".into(),
            "x@localhost.".into(),
        ]);
        assert_eq!(got, vec!["alice@example.org", "bob@example.com"]);
    }
}

//! URL slugs for blog posts, with de-duplication against existing slugs.
use std::collections::HashSet;

const MAX_LEN: usize = 48;

fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' => "ae",
        'ö' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        'é' | 'è' | 'ê' => "e",
        '&' => "and",
        _ => return None,
    })
}

pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        if let Some(t) = transliterate(c) {
            slug.push_str(t);
        } else if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.len() > MAX_LEN {
        slug.truncate(MAX_LEN);
        if let Some(cut) = slug.rfind('-') {
            slug.truncate(cut);
        }
    }
    if slug.is_empty() {
        slug = format!("untitled");
    }
    slug
}

/// Slug not yet in `taken`, adding "-2", "-3", ... as needed; records it as taken.
pub fn unique_slug(title: &str, taken: &mut HashSet<String>) -> String {
    let base = slugify(title);
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    return candidate;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slugify("Hello, World!"), "hello-world");
        assert_eq!(slugify("  Tipps & Tricks für Größe "), "tipps-and-tricks-fuer-groesse");
        assert_eq!(slugify("???"), "untitled");
        let long = slugify(&"word ".repeat(20));
        assert!(long.len() <= MAX_LEN && long.ends_with("word"));
    }

    #[test]
    fn duplicates_get_suffixes() {
        let mut taken = HashSet::new();
        assert_eq!(unique_slug("Release notes", &mut taken), "release-notes");
        assert_eq!(unique_slug("Release Notes!", &mut taken), "release-notes-2");
        assert_eq!(unique_slug("release notes", &mut taken), "release-notes-3");
        assert_eq!(unique_slug("", &mut taken), "untitled");
    }
}

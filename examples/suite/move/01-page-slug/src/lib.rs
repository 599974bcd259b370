//! Build blog pages from front-matter options.

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub title: String,
    pub slug: String,
    pub tags: Vec<String>,
    pub draft: bool,
}

pub struct PageOptions {
    pub title: String,
    pub tags: String,
    pub draft: bool,
}

/// Lowercase, keep alphanumerics, join words with '-'.
pub fn slugify(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join("-")
}

fn parse_tags(raw: &str) -> Vec<String> {
    let mut tags: Vec<String> = raw
        .split(',')
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

pub fn build_page(opts: PageOptions) -> Page {
    let title = opts.title.trim().to_string();
    Page {
        title,
        slug: slugify(&title),
        tags: parse_tags(&opts.tags),
        draft: opts.draft,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_slug_and_tags() {
        let page = build_page(PageOptions {
            title: "  Hello, Rust World! ".into(),
            tags: "rust, Intro ,rust,".into(),
            draft: false,
        });
        assert_eq!(page.title, "Hello, Rust World!");
        assert_eq!(page.slug, "hello-rust-world");
        assert_eq!(page.tags, vec!["intro".to_string(), "rust".to_string()]);
    }

    #[test]
    fn slugify_collapses_separators() {
        assert_eq!(slugify("A -- B__c"), "a-b-c");
        assert_eq!(slugify("!!!"), "");
    }
}

#[derive(Debug, PartialEq)]
pub struct Page<'a, T> {
    pub number: usize,
    pub items: &'a [T],
    pub has_next: bool,
}

pub struct Pager<'a, T> {
    items: &'a [T],
    per_page: usize,
}

impl<'a, T> Pager<'a, T> {
    pub fn new(items: &'a [T], per_page: usize) -> Self {
        assert!(per_page > 0);
        Pager { items, per_page }
    }

    pub fn page_count(&self) -> usize {
        (self.items.len() + self.per_page - 1) / self.per_page
    }

    /// Page `page` (1-based); None when out of range. An empty list has one empty page.
    pub fn page(&self, page: usize) -> Option<Page<'a, T>> {
        if page == 0 || page > self.page_count().max(1) {
            return None;
        }
        let start = page * self.per_page;
        let end = (start + self.per_page).min(self.items.len());
        Some(Page { number: page, items: &self.items[start..end], has_next: page < self.page_count() })
    }

    pub fn summary(&self, page: usize) -> String {
        match self.page(page) {
            Some(p) if !p.items.is_empty() => {
                let first = (page - 1) * self.per_page + 1;
                format!("{}-{} of {}", first, first + p.items.len() - 1, self.items.len())
            }
            _ => format!("0 of {}", self.items.len()),
        }
    }
}

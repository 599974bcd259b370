use type_template_cache_returns_ref::{cache_key, TemplateCache};

#[test]
fn key_is_normalised() {
    assert_eq!(cache_key(" Welcome ", "DE-de"), "welcome@de-de");
}

#[test]
fn render_falls_back_to_english() {
    let mut cache = TemplateCache::new();
    cache.insert("welcome", "en", "Hello!");
    cache.insert("welcome", "de", "Hallo!");
    assert_eq!(cache.render("Welcome", "DE"), "Hallo!");
    assert_eq!(cache.render("welcome", "fr"), "Hello!");
    assert_eq!(cache.render("bye", "fr"), "");
    assert_eq!(cache.stats(), (2, 1));
}

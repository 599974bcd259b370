use borrow_glyph_cache_get_or_insert::{Glyph, GlyphCache};

#[test]
fn rasterises_each_char_once() {
    let mut cache = GlyphCache::default();
    assert_eq!(cache.glyph('a'), &Glyph { ch: 'a', width: 1 });
    assert_eq!(cache.glyph('a').width, 1);
    assert_eq!(cache.misses, 1);
    assert_eq!(cache.measure("banana"), 6);
    assert_eq!(cache.misses, 3);
}

#[test]
fn wide_and_combining_characters() {
    let mut cache = GlyphCache::default();
    assert_eq!(cache.measure("日本"), 4);
    assert_eq!(cache.measure("e\u{301}"), 1);
    assert_eq!(cache.glyph('한').width, 2);
}

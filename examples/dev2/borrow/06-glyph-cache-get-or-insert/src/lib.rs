//! Text layout with a cache of rasterised glyph metrics.

use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glyph {
    pub ch: char,
    /// Advance in terminal cells: 2 for wide East Asian characters, 0 for combining marks.
    pub width: u32,
}

fn rasterise(ch: char) -> Glyph {
    let width = match ch as u32 {
        0x0300..=0x036F => 0,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xFF00..=0xFF60 => 2,
        _ => 1,
    };
    Glyph { ch, width }
}

#[derive(Debug, Default)]
pub struct GlyphCache {
    glyphs: HashMap<char, Glyph>,
    pub misses: usize,
}

impl GlyphCache {
    pub fn glyph(&mut self, ch: char) -> &Glyph {
        if let Some(glyph) = self.glyphs.get(&ch) {
            return glyph;
        }
        self.misses += 1;
        self.glyphs.insert(ch, rasterise(ch));
        &self.glyphs[&ch]
    }

    /// Width of `text` in cells.
    pub fn measure(&mut self, text: &str) -> u32 {
        text.chars().map(|c| self.glyph(c).width).sum()
    }
}

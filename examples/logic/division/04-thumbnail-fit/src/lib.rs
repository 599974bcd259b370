//! Thumbnail geometry: fit an image into a bounding box, keeping its aspect ratio.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub w: u32,
    pub h: u32,
}

impl Size {
    pub fn new(w: u32, h: u32) -> Self {
        Size { w, h }
    }

    pub fn is_landscape(&self) -> bool {
        self.w > self.h
    }
}

/// The largest size with the aspect ratio of `img` (rounded down) that fits in `bounds`.
/// Images that already fit are returned unchanged.
pub fn fit_within(img: Size, bounds: Size) -> Size {
    if img.w <= bounds.w && img.h <= bounds.h {
        return img;
    }
    let (w, h) = (img.w as u64, img.h as u64);
    let (max_w, max_h) = (bounds.w as u64, bounds.h as u64);
    if w * max_h >= h * max_w {
        Size::new(max_w as u32, (h / w * max_w).max(1) as u32)
    } else {
        Size::new((w * max_h / h).max(1) as u32, max_h as u32)
    }
}

/// Sizes for a list of thumbnail boxes, skipping boxes the image already fits in.
pub fn renditions(img: Size, boxes: &[Size]) -> Vec<Size> {
    let mut out = Vec::new();
    for b in boxes {
        let s = fit_within(img, *b);
        if s != img && !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

#[derive(Debug, Clone, Copy)]
pub struct Rect {
    pub w: u32,
    pub height: u32,
}

pub fn area(r: &Rect) -> u32 {
    r.width * r.height
}

pub fn is_square(r: Rect) -> bool {
    let Rect { width, height } = r;
    width == height
}

pub fn widest(rs: &[Rect]) -> u32 {
    rs.iter().map(|r| r.width).max().unwrap_or(0)
}

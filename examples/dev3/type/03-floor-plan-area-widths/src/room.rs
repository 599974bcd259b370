#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Room {
    pub width_mm: u32,
    pub depth_mm: u32,
}

impl Room {
    pub fn new(width_mm: u32, depth_mm: u32) -> Self {
        Room { width_mm, depth_mm }
    }

    pub fn area_mm2(&self) -> u64 {
        self.width_mm * self.depth_mm
    }

    pub fn is_square(&self) -> bool {
        self.width_mm == self.depth_mm
    }
}

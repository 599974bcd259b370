#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pos {
    pub x: i32,
    pub y: i32,
}

impl Pos {
    pub fn neighbours(self) -> [Pos; 4] {
        [
            Pos { x: self.x + 1, y: self.y },
            Pos { x: self.x - 1, y: self.y },
            Pos { x: self.x, y: self.y + 1 },
            Pos { x: self.x, y: self.y - 1 },
        ]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub name: String,
    pub x: i32,
    pub y: i32,
    pub hp: u32,
    pub armor: u32,
}

impl Unit {
    pub fn new(name: &str, x: i32, y: i32, hp: u32, armor: u32) -> Self {
        Unit { name: name.to_string(), x, y, hp, armor }
    }

    pub fn is_alive(&self) -> bool {
        self.hp > 0
    }

    pub fn distance2(&self, x: i32, y: i32) -> i32 {
        (self.x - x).pow(2) + (self.y - y).pow(2)
    }
}

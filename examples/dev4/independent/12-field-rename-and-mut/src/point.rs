#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub left: i32,
    pub y: i32,
}

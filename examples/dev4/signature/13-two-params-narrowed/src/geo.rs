pub fn area(width: f32, height: f32) -> f32 {
    width * height
}

#[derive(Debug, Clone, Copy)]
pub struct Reading {
    pub temp: f32,
    pub humidity: f32,
}

pub fn reading(temperature: f32, humidity: f32) -> Reading {
    Reading { temperature, humidity }
}

use crate::sensor::Reading;

pub fn too_hot(r: &Reading) -> bool {
    r.temperature > 30.0
}

pub fn hottest(rs: &[Reading]) -> f32 {
    rs.iter().map(|r| r.temperature).fold(f32::MIN, f32::max)
}

pub fn muggy(r: Reading) -> bool {
    r.temperature > 25.0 && r.humidity > 0.7
}

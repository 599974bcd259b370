use crate::vec2::Vec2;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Agent {
    pub pos: Vec2,
    pub vel: Vec2,
    pub max_speed: f64,
}

impl Agent {
    /// Velocity change that turns the agent towards `target` at full speed.
    pub fn seek(&self, target: Vec2) -> Vec2 {
        let desired = (target - self.pos).normalized() * self.max_speed;
        desired - self.vel
    }

    /// Like `seek`, but slows down linearly inside `radius`.
    pub fn arrive(&self, target: Vec2, radius: f64) -> Vec2 {
        let offset = target - self.pos;
        let dist = offset.length();
        let speed = if dist < radius { self.max_speed * dist / radius } else { self.max_speed };
        offset.normalized() * speed - self.vel
    }

    pub fn step(&mut self, steer: Vec2, dt: f64) {
        self.vel = self.vel + steer;
        self.pos = self.pos + self.vel * dt;
    }
}

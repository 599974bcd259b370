use crate::room::Room;

#[derive(Default)]
pub struct FloorPlan {
    rooms: Vec<Room>,
    labels: Vec<String>,
}

impl FloorPlan {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a room and returns its id.
    pub fn add(&mut self, label: &str, room: Room) -> u32 {
        self.rooms.push(room);
        self.labels.push(label.to_string());
        (self.rooms.len() - 1) as u32
    }

    pub fn label(&self, id: u32) -> &str {
        &self.labels[id]
    }

    pub fn total_area_m2(&self) -> f64 {
        let mm2: u64 = self.rooms.iter().map(Room::area_mm2).sum();
        mm2 as f64 / 1_000_000.0
    }

    pub fn largest(&self) -> Option<u32> {
        self.rooms
            .iter()
            .enumerate()
            .max_by_key(|(_, room)| room.area_mm2())
            .map(|(i, _)| i as u32)
    }
}

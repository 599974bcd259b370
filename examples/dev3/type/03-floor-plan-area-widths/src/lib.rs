mod plan;
mod room;

pub use plan::FloorPlan;
pub use room::Room;

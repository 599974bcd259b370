mod scene;
mod shapes;

pub use scene::Scene;
pub use shapes::{Circle, Rect, Shape};

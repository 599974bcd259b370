use crate::render::heading;

pub fn home() -> String {
    heading("Home")
}

pub fn about(who: &str) -> String {
    heading(&format!("About {who}"))
}

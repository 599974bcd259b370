#[derive(Default)]
pub struct Router {
    routes: Vec<(String, u16)>,
}

impl Router {
    pub fn register(&mut self, path: String, status: u16) -> &mut Self {
        self.routes.push((path.to_string(), status));
        self
    }

    pub fn status(&self, path: &str) -> u16 {
        self.routes.iter().find(|(p, _)| p == path).map_or(404, |(_, s)| *s)
    }
}

#[derive(Default)]
pub struct Hits {
    paths: Vec<String>,
}

impl Hits {
    pub fn hit(&mut self, path: &str) {
        self.paths.push(path.to_string());
    }

    pub fn total(&self) -> usize {
        self.paths.len()
    }
}

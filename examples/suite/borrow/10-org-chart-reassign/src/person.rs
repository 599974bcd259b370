#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub name: String,
    pub manager: Option<u32>,
    pub reports: Vec<u32>,
}

impl Person {
    pub fn new(name: &str) -> Self {
        Person {
            name: name.to_string(),
            manager: None,
            reports: Vec::new(),
        }
    }
}

pub trait Describe {
    fn summary(&self) -> String;
}

pub struct Dog;
pub struct Cat {
    pub lives: u8,
}

impl Describe for Dog {
    fn describe(&self) -> String {
        "dog".to_string()
    }
}

impl Describe for Cat {
    fn describe(&self) -> String {
        format!("cat with {} lives", self.lives)
    }
}

pub fn all(d: &Dog, c: &Cat) -> Vec<String> {
    vec![d.describe(), c.describe()]
}

pub fn loud(d: &dyn Describe) -> String {
    d.describe().to_uppercase()
}

/// A loadable extension that subscribes to named hooks.
#[derive(Debug, Clone, PartialEq)]
pub struct Plugin {
    pub name: String,
    pub version: (u32, u32),
    pub hooks: Vec<String>,
}

impl Plugin {
    pub fn new(name: &str, version: (u32, u32), hooks: &[&str]) -> Self {
        Plugin {
            name: name.to_string(),
            version,
            hooks: hooks.iter().map(|h| h.to_string()).collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub sku: String,
    pub name: String,
    pub reorder_level: u32,
}

impl Item {
    pub fn new(sku: &str, name: &str, reorder_level: u32) -> Self {
        Item {
            sku: sku.to_string(),
            name: name.to_string(),
            reorder_level,
        }
    }
}

pub fn borrow_conflict() -> usize {
    let mut items = vec![1, 2, 3];
    let first = &items[0];
    items.push(4);
    *first + items.len()
}

pub fn not_mutable() -> usize {
    let items = Vec::new();
    items.push(1u8);
    items.len()
}

pub fn missing_trait() -> String {
    let value = 5u32;
    let text: String = value.into();
    text
}

pub struct Holder {
    pub name: &str,
}

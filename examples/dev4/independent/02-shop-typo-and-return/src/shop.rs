pub struct Item {
    pub name: String,
    pub price: u32,
}

pub fn cheapest(items: &[Item]) -> Option<&Item> {
    items.iter().min_by_key(|i| i.price)
}

pub fn count_under(items: &[Item], limit: u32) -> usize {
    let matching = items.iter().filter(|i| i.price < limit).count();
    matchng
}

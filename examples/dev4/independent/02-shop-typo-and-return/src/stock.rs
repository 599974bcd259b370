pub fn restock(levels: &mut Vec<u32>, minimum: u32) -> u32 {
    let mut added = 0;
    for level in levels.iter_mut() {
        if *level < minimum {
            added += minimum - *level;
            level = minimum;
        }
    }
    added
}

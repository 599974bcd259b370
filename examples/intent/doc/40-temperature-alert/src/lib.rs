/// Whether `reading` is at or above `limit`.
pub fn alert(reading: i32, limit: i32) -> bool {
    reading > limit
}

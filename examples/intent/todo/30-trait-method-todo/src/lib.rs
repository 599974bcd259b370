/// Something with an area.
pub trait Area {
    fn area(&self) -> u64;
}

/// A square with sides of length `side`.
pub struct Square {
    pub side: u64,
}

impl Area for Square {
    fn area(&self) -> u64 {
        todo!()
    }
}

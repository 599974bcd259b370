//! Assign parking spots by vehicle size: a car may take a large spot, a truck may not
//! take a small one.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Size {
    Motorcycle,
    Car,
    Truck,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub id: u32,
    pub size: Size,
    pub plate: Option<String>,
}

#[derive(Debug)]
pub struct Garage {
    spots: Vec<Spot>,
}

impl Garage {
    pub fn new(layout: &[(u32, Size)]) -> Garage {
        let spots = layout.iter().map(|&(id, size)| Spot { id: id, size: size, plate: None }).collect();
        Garage { spots }
    }

    /// The lowest-numbered free spot that fits `size`, in layout order.
    pub fn first_free(&self, size: Size) -> Option<&Spot> {
        for spot in &self.spots {
            if spot.plate.is_none() && spot.size >= size {
                return Some(spot);
            }
        }
        None
    }

    pub fn park(&mut self, plate: &str, size: Size) -> Option<u32> {
        let id = self.first_free(size)?.id;
        let spot = self.spots.iter_mut().find(|s| s.id == id)?;
        spot.plate = Some(plate.to_string());
        Some(id)
    }

    pub fn leave(&mut self, plate: &str) -> Option<u32> {
        let spot = self.spots.iter_mut().find(|s| s.plate.as_deref() == Some(plate))?;
        spot.plate = None;
        Some(spot.id)
    }

    pub fn free_count(&self) -> usize {
        self.spots.iter().filter(|s| s.plate.is_none()).count()
    }
}

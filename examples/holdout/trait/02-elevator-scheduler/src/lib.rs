//! SCAN ("elevator") scheduling for a single car.
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy)]
pub enum Direction {
    Up,
    Down,
    Idle,
}

pub struct Elevator {
    floor: i32,
    dir: Direction,
    stops: BTreeSet<i32>,
    lowest: i32,
    highest: i32,
}

impl Elevator {
    pub fn new(lowest: i32, highest: i32) -> Self {
        Elevator { floor: lowest, dir: Direction::Idle, stops: BTreeSet::new(), lowest, highest }
    }

    pub fn floor(&self) -> i32 {
        self.floor
    }

    pub fn direction(&self) -> Direction {
        self.dir
    }

    pub fn request(&mut self, floor: i32) -> Result<(), String> {
        if floor < self.lowest || floor > self.highest {
            return Err(format!("floor {floor} does not exist"));
        }
        if floor != self.floor {
            self.stops.insert(floor);
        }
        Ok(())
    }

    /// Keep going in the current direction while there are stops ahead, then reverse.
    fn choose_direction(&mut self) {
        let above = self.stops.range(self.floor + 1..).next().is_some();
        let below = self.stops.range(..self.floor).next().is_some();
        self.dir = match self.dir {
            Direction::Up if above => Direction::Up,
            Direction::Down if below => Direction::Down,
            _ if above && (self.dir != Direction::Down || !below) => Direction::Up,
            _ if below => Direction::Down,
            _ => Direction::Idle,
        };
    }

    /// Move one floor; returns the floor if the car stops there.
    pub fn step(&mut self) -> Option<i32> {
        self.choose_direction();
        if self.dir == Direction::Idle {
            return None;
        }
        self.floor += if self.dir == Direction::Up { 1 } else { -1 };
        self.stops.remove(&self.floor).then_some(self.floor)
    }

    /// Serve all pending requests; returns the floors stopped at, in order.
    pub fn run(&mut self) -> Vec<i32> {
        let mut visited = Vec::new();
        while !self.stops.is_empty() {
            visited.extend(self.step());
        }
        self.dir = Direction::Idle;
        visited
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_up_then_down() {
        let mut e = Elevator::new(0, 10);
        for f in [5, 2, 8] {
            e.request(f).unwrap();
        }
        assert_eq!(e.step(), None);
        assert_eq!(e.direction(), Direction::Up);
        e.step();
        e.request(1).unwrap();
        assert_eq!(e.run(), vec![5, 8, 1]);
        assert_eq!(e.floor(), 1);
    }

    #[test]
    fn rejects_missing_floors_and_idles() {
        let mut e = Elevator::new(-2, 3);
        assert!(e.request(4).is_err());
        assert_eq!(e.step(), None);
        assert_eq!(e.direction(), Direction::Idle);
        e.request(-2).unwrap();
        e.request(3).unwrap();
        assert_eq!(e.run(), vec![3]);
    }
}

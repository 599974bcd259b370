use std::collections::BTreeSet;

use crate::Direction;

#[derive(Debug)]
pub struct Elevator {
    pub floor: i32,
    pub direction: Direction,
    pub requests: BTreeSet<i32>,
}

impl Elevator {
    pub fn new(floor: i32) -> Self {
        Elevator { floor, direction: Direction::Idle, requests: BTreeSet::new() }
    }

    pub fn request(&mut self, floor: i32) {
        if floor != self.floor {
            self.requests.insert(floor);
        }
    }

    /// Keep going in the current direction while there are requests that way.
    pub fn next_stop(&mut self) -> Option<i32> {
        let above = self.requests.range(self.floor + 1..).next().copied();
        let below = self.requests.range(..self.floor).next_back().copied();
        let target = match self.direction {
            Direction::Up => above.or(below),
            Direction::Down => below.or(above),
            Direction::Idle => match (above, below) {
                (Some(a), Some(b)) => Some(if a - self.floor <= self.floor - b { a } else { b }),
                (a, b) => a.or(b),
        }?;
        self.direction = if target > self.floor { Direction::Up } else { Direction::Down };
        self.requests.remove(&target);
        self.floor = target;
        if self.requests.is_empty() {
            self.direction = Direction::Idle;
        }
        Some(target)
    }
}

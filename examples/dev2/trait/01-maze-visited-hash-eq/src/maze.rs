use std::collections::{HashSet, VecDeque};

use crate::pos::Pos;

pub struct Maze {
    walls: HashSet<Pos>,
    width: i32,
    height: i32,
    pub start: Pos,
    pub end: Pos,
}

impl Maze {
    /// `#` is a wall, `S` the start and `E` the exit; anything else is open floor.
    pub fn parse(text: &str) -> Option<Maze> {
        let (mut start, mut end) = (None, None);
        let mut walls = HashSet::new();
        let mut width = 0;
        let mut height = 0;
        for (y, row) in text.lines().enumerate() {
            height = y as i32 + 1;
            for (x, c) in row.chars().enumerate() {
                let pos = Pos { x: x as i32, y: y as i32 };
                width = width.max(x as i32 + 1);
                match c {
                    '#' => {
                        walls.insert(pos);
                    }
                    'S' => start = Some(pos),
                    'E' => end = Some(pos),
                    _ => {}
                }
            }
        }
        Some(Maze { walls, width, height, start: start?, end: end? })
    }

    fn open(&self, p: Pos) -> bool {
        p.x >= 0 && p.y >= 0 && p.x < self.width && p.y < self.height && !self.walls.contains(&p)
    }

    /// Number of steps from start to exit, by breadth-first search.
    pub fn shortest_path(&self) -> Option<usize> {
        let mut visited = HashSet::new();
        let mut queue = VecDeque::from([(self.start, 0)]);
        visited.insert(self.start);
        while let Some((pos, steps)) = queue.pop_front() {
            if pos == self.end {
                return Some(steps);
            }
            for next in pos.neighbours() {
                if self.open(next) && visited.insert(next) {
                    queue.push_back((next, steps + 1));
                }
            }
        }
        None
    }
}

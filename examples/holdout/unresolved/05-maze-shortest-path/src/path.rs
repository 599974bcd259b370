use std::collections::{HashMap, VecDeque};

use crate::grid::Point;
use crate::maze::Maze;

/// Shortest route from start to goal, both ends included.
pub fn shortest_path(maze: &Maze) -> Option<Vec<Point>> {
    let mut came_from: HashMap<Point, Point> = HashMap::from([(maze.start, maze.start)]);
    let mut queue = VecDeque::from([maze.start]);
    while let Some(p) = queue.pop_front() {
        if p == maze.goal {
            let mut route = vec![p];
            let mut cur = p;
            while cur != maze.start {
                cur = came_from[&cur];
                route.push(cur);
            }
            route.reverse();
            return Some(route);
        }
        for n in p.neighbours(maze.rows(), maze.cols()) {
            if maze.is_open(n) && !came_from.contains_key(&n) {
                came_from.insert(n, p);
                queue.push_back(n);
            }
        }
    }
    None
}

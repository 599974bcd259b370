#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    w: usize,
    h: usize,
    cells: Vec<bool>,
}

impl Grid {
    pub fn new(w: usize, h: usize) -> Self {
        Grid { w, h, cells: vec![false; w * h] }
    }

    pub fn width(&self) -> usize {
        self.w
    }

    pub fn height(&self) -> usize {
        self.h
    }

    fn idx(&self, x: i64, y: i64) -> usize {
        let x = x.rem_euclid(self.w as i64) as usize;
        let y = y.rem_euclid(self.h as i64) as usize;
        y * self.w + x
    }

    pub fn get(&self, x: i64, y: i64) -> bool {
        self.cells[self.idx(x, y)]
    }

    pub fn set(&mut self, x: i64, y: i64, alive: bool) {
        let i = self.idx(x, y);
        self.cells[i] = alive;
    }

    pub fn toggle(&self, x: i64, y: i64) {
        let i = self.idx(x, y);
        self.cells[i] = !self.cells[i];
    }

    pub fn population(&self) -> usize {
        self.cells.iter().filter(|&&c| c).count()
    }

    fn live_neighbours(&self, x: i64, y: i64) -> usize {
        let mut n = 0;
        for dy in -1..=1 {
            for dx in -1..=1 {
                if (dx, dy) != (0, 0) && self.get(x + dx, y + dy) {
                    n += 1;
                }
            }
        }
        n
    }

    pub fn step(&self) -> Grid {
        let mut next = Grid::new(self.w, self.h);
        for y in 0..self.h as i64 {
            for x in 0..self.w as i64 {
                let n = self.live_neighbours(x, y);
                next.set(x, y, matches!((self.get(x, y), n), (true, 2) | (_, 3)));
            }
        }
        next
    }
}

//! A minesweeper board with signed coordinates, so neighbour offsets can go negative.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Empty,
    Mine,
}

#[derive(Debug)]
pub struct Board {
    width: i64,
    height: i64,
    cells: Vec<Cell>,
}

impl Board {
    /// Rows of `*` (mine) and `.` (empty); all rows must have the same length.
    pub fn parse(rows: &[&str]) -> Option<Board> {
        let width = rows.first()?.len();
        let mut cells = Vec::new();
        for row in rows {
            if row.len() != width {
                return None;
            }
            for c in row.chars() {
                cells.push(match c {
                    '*' => Cell::Mine,
                    '.' => Cell::Empty,
                    _ => return None,
                });
            }
        }
        Some(Board { width: width as i64, height: rows.len() as i64, cells })
    }

    fn index(&self, x: i64, y: i64) -> Option<usize> {
        if x < 0 || y < 0 || x >= self.width || y >= self.height {
            None
        } else {
            Some((y * self.width + x) as usize)
        }
    }

    pub fn get(&self, x: i64, y: i64) -> Option<Cell> {
        self.index(x, y).and_then(|i| self.cells.get(i))
    }

    pub fn adjacent_mines(&self, x: i64, y: i64) -> usize {
        let mut count = 0;
        for dy in -1..=1 {
            for dx in -1..=1 {
                if (dx, dy) != (0, 0) && self.get(x + dx, y + dy) == Some(Cell::Mine) {
                    count += 1;
                }
            }
        }
        count
    }

    /// The solved board: mines stay `*`, other cells show their count (`.` for zero).
    pub fn render(&self) -> Vec<String> {
        let mut rows = Vec::new();
        for y in 0..self.height {
            let mut row = String::new();
            for x in 0..self.width {
                let c = match self.cells[y * self.width + x] {
                    Cell::Mine => '*',
                    Cell::Empty => match self.adjacent_mines(x, y) {
                        0 => '.',
                        n => char::from_digit(n as u32, 10).unwrap_or('?'),
                    },
                };
                row.push(c);
            }
            rows.push(row);
        }
        rows
    }
}

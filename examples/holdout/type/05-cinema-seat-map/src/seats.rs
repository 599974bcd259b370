#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    Free,
    Held,
    Sold,
}

/// Seats stored row-major in one flat vector.
pub struct Hall {
    rows: usize,
    cols: usize,
    seats: Vec<Seat>,
}

impl Hall {
    pub fn new(rows: usize, cols: usize) -> Self {
        Hall { rows, cols, seats: vec![Seat::Free; rows * cols] }
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn cols(&self) -> usize {
        self.cols
    }

    fn index(&self, row: usize, col: usize) -> Option<usize> {
        (row < self.rows && col < self.cols).then(|| row * self.cols + col)
    }

    pub fn get(&self, row: usize, col: usize) -> Option<Seat> {
        self.index(row, col).map(|i| self.seats[i])
    }

    pub fn set(&mut self, row: usize, col: usize, seat: Seat) -> bool {
        match self.index(row, col) {
            Some(i) => {
                self.seats[i] = seat;
                true
            }
            None => false,
        }
    }

    /// Number of free seats in each row.
    pub fn free_per_row(&self) -> Vec<usize> {
        (0..self.rows)
            .map(|r| {
                (0..self.cols)
                    .filter(|&c| self.seats[r][c] == Seat::Free)
                    .count()
            })
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Point {
    pub row: usize,
    pub col: usize,
}

impl Point {
    pub fn new(row: usize, col: usize) -> Self {
        Point { row, col }
    }

    /// Orthogonal neighbours inside a `rows` x `cols` grid.
    pub fn neighbours(self, rows: usize, cols: usize) -> impl Iterator<Item = Point> {
        let dirs: [(isize, isize); 4] = [(-1, 0), (0, 1), (1, 0), (0, -1)];
        dirs.into_iter().filter_map(move |(dr, dc)| {
            let row = self.row.checked_add_signed(dr)?;
            let col = self.col.checked_add_signed(dc)?;
            (row < rows && col < cols).then_some(Point { row, col })
        })
    }
}

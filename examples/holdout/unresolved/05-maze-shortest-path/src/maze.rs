use crate::geom::Point;

/// `#` is a wall, `S` the start, `G` the goal, anything else is open floor.
pub struct Maze {
    open: Vec<Vec<bool>>,
    pub start: Point,
    pub goal: Point,
}

impl Maze {
    pub fn parse(text: &str) -> Result<Maze, String> {
        let (mut start, mut goal) = (None, None);
        let mut open = Vec::new();
        for (row, line) in text.lines().enumerate() {
            let mut cells = Vec::new();
            for (col, ch) in line.chars().enumerate() {
                match ch {
                    'S' => start = Some(Point::new(row, col)),
                    'G' => goal = Some(Point::new(row, col)),
                    _ => {}
                }
                cells.push(ch != '#');
            }
            open.push(cells);
        }
        if open.iter().any(|r| r.len() != open[0].len()) {
            return Err("rows have different widths".into());
        }
        Ok(Maze {
            open,
            start: start.ok_or("no start")?,
            goal: goal.ok_or("no goal")?,
        })
    }

    pub fn rows(&self) -> usize {
        self.open.len()
    }

    pub fn cols(&self) -> usize {
        self.open.first().map_or(0, Vec::len)
    }

    pub fn is_open(&self, p: Point) -> bool {
        self.open[p.row][p.col]
    }
}

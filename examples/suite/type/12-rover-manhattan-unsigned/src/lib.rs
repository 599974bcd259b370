//! A rover on an unbounded grid driven by commands like "F10 L F3 R B2".

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Heading {
    North,
    East,
    South,
    West,
}

impl Heading {
    fn turn_right(self) -> Heading {
        match self {
            Heading::North => Heading::East,
            Heading::East => Heading::South,
            Heading::South => Heading::West,
            Heading::West => Heading::North,
        }
    }

    fn turn_left(self) -> Heading {
        self.turn_right().turn_right().turn_right()
    }

    fn delta(self) -> (i64, i64) {
        match self {
            Heading::North => (0, 1),
            Heading::East => (1, 0),
            Heading::South => (0, -1),
            Heading::West => (-1, 0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rover {
    pub x: i64,
    pub y: i64,
    pub heading: Heading,
}

impl Rover {
    pub fn new() -> Self {
        Rover { x: 0, y: 0, heading: Heading::North }
    }

    pub fn execute(&mut self, program: &str) -> Result<(), String> {
        for cmd in program.split_whitespace() {
            let (op, arg) = cmd.split_at(1);
            let steps: i64 = if arg.is_empty() {
                1
            } else {
                arg.parse().map_err(|_| format!("bad step count in {:?}", cmd))?
            };
            let (dx, dy) = self.heading.delta();
            match op {
                "F" => {
                    self.x += dx * steps;
                    self.y += dy * steps;
                }
                "B" => {
                    self.x -= dx * steps;
                    self.y -= dy * steps;
                }
                "L" => self.heading = self.heading.turn_left(),
                "R" => self.heading = self.heading.turn_right(),
                _ => return Err(format!("unknown command {:?}", cmd)),
            }
        }
        Ok(())
    }

    /// Taxicab distance from the landing site.
    pub fn manhattan(&self) -> u64 {
        self.x.abs() + self.y.abs()
    }
}

impl Default for Rover {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drives_and_turns() {
        let mut r = Rover::new();
        r.execute("F10 L F3 L L B2 R").unwrap();
        assert_eq!((r.x, r.y), (-5, 10));
        assert_eq!(r.heading, Heading::South);
        assert_eq!(r.manhattan(), 15);
    }

    #[test]
    fn negative_coordinates_and_errors() {
        let mut r = Rover::default();
        r.execute("B7 R B4").unwrap();
        assert_eq!(r.manhattan(), 11);
        assert_eq!(r.execute("F1 X"), Err("unknown command \"X\"".to_string()));
        assert!(r.execute("Fx").is_err());
    }
}

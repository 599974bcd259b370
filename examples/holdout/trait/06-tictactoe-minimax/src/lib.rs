//! Tic-tac-toe with a perfect-play minimax opponent.

#[derive(Debug, Clone, Copy)]
pub enum Mark {
    X,
    O,
}

impl Mark {
    pub fn other(self) -> Mark {
        match self {
            Mark::X => Mark::O,
            Mark::O => Mark::X,
        }
    }
}

const LINES: [[usize; 3]; 8] = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8],
    [0, 3, 6], [1, 4, 7], [2, 5, 8],
    [0, 4, 8], [2, 4, 6],
];

#[derive(Debug, Default)]
pub struct Board {
    cells: [Option<Mark>; 9],
}

impl Board {
    /// Parse 9 characters of `X`, `O` or `.` (whitespace ignored).
    pub fn parse(s: &str) -> Option<Board> {
        let marks: Vec<Option<Mark>> = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                'X' => Some(Some(Mark::X)),
                'O' => Some(Some(Mark::O)),
                '.' => Some(None),
                _ => None,
            })
            .collect::<Option<_>>()?;
        Some(Board { cells: marks.try_into().ok()? })
    }

    pub fn winner(&self) -> Option<Mark> {
        LINES.iter().find_map(|&[a, b, c]| {
            let m = self.cells[a]?;
            (self.cells[b] == Some(m) && self.cells[c] == Some(m)).then_some(m)
        })
    }

    fn free(&self) -> impl Iterator<Item = usize> + '_ {
        (0..9).filter(|&i| self.cells[i].is_none())
    }

    /// Score from `me`'s point of view: +1 win, 0 draw, -1 loss, with `to_move` playing next.
    fn score(&self, me: Mark, to_move: Mark) -> i32 {
        if let Some(w) = self.winner() {
            return if w == me { 1 } else { -1 };
        }
        let scores = self.free().map(|i| {
            let mut next = self.clone();
            next.cells[i] = Some(to_move);
            next.score(me, to_move.other())
        });
        let best = if to_move == me { scores.max() } else { scores.min() };
        best.unwrap_or(0)
    }

    /// Best square for `me` (lowest index among equally good moves).
    pub fn best_move(&self, me: Mark) -> Option<usize> {
        let mut best: Option<(i32, usize)> = None;
        for i in self.free() {
            let mut next = self.clone();
            next.cells[i] = Some(me);
            let s = next.score(me, me.other());
            if best.is_none_or(|(bs, _)| s > bs) {
                best = Some((s, i));
            }
        }
        best.map(|(_, i)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_wins_and_blocks() {
        let b = Board::parse("XX. OO. ...").unwrap();
        assert_eq!(b.best_move(Mark::X), Some(2));
        let must_block = Board::parse("XX. .O. ...").unwrap();
        assert_eq!(must_block.best_move(Mark::O), Some(2));
        let fork = Board::parse("X.. .O. ..X").unwrap();
        assert_eq!(fork.best_move(Mark::O), Some(1));
    }

    #[test]
    fn winner_and_perfect_play_draws() {
        assert_eq!(Board::parse("XOX .X. O.X").unwrap().winner(), Some(Mark::X));
        assert_eq!(Board::parse("XOX XOO OXX").unwrap().winner(), None);
        assert!(Board::parse("XO?......").is_none());
        let empty = Board::default();
        assert_eq!(empty.score(Mark::X, Mark::X), 0);
    }
}

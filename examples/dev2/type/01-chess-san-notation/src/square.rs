/// A board square: `file` 0..8 is a..h, `rank` 0..8 is 1..8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Square {
    pub file: u32,
    pub rank: u32,
}

impl Square {
    pub fn new(file: u32, rank: u32) -> Option<Square> {
        if file < 8 && rank < 8 {
            Some(Square { file, rank })
        } else {
            None
        }
    }

    /// Parse a square name such as `e4`.
    pub fn parse(name: &str) -> Option<Square> {
        let mut chars = name.chars();
        let file = chars.next()?;
        let rank = chars.next()?;
        if chars.next().is_some() || !('a'..='h').contains(&file) {
            return None;
        }
        let rank = rank.to_digit(10)?.checked_sub(1)?;
        Square::new(file as u32 - 'a' as u32, rank)
    }

    pub fn file_char(self) -> char {
        (b'a' as u32 + self.file) as char
    }

    pub fn name(self) -> String {
        format!("{}{}", self.file_char(), self.rank + 1)
    }
}

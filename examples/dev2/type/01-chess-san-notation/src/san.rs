use crate::square::Square;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    Pawn,
    Knight,
    Bishop,
    Rook,
    Queen,
    King,
}

impl Piece {
    pub fn letter(self) -> char {
        match self {
            Piece::Pawn => 'P',
            Piece::Knight => 'N',
            Piece::Bishop => 'B',
            Piece::Rook => 'R',
            Piece::Queen => 'Q',
            Piece::King => 'K',
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub piece: Piece,
    pub from: Square,
    pub to: Square,
    pub capture: bool,
    pub promotion: Option<Piece>,
}

/// SAN for a move, without disambiguation or check marks.
pub fn san(m: &Move) -> String {
    if m.piece == Piece::King && m.from.file.abs_diff(m.to.file) == 2 {
        let castle = if m.to.file > m.from.file { "O-O" } else { "O-O-O" };
        return castle.to_string();
    }
    let prefix = match m.piece {
        Piece::Pawn if m.capture => m.from.file_char().to_string(),
        Piece::Pawn => "",
        other => other.letter().to_string(),
    };
    let takes = if m.capture { "x" } else { "" };
    let promotion = match m.promotion {
        Some(piece) => format!("={}", piece.letter()),
        None => String::new(),
    };
    format!("{}{}{}{}", prefix, takes, m.to.name(), promotion)
}

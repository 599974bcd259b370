use type_chess_san_notation::{san, Move, Piece, Square};

fn mv(piece: Piece, from: &str, to: &str, capture: bool) -> Move {
    Move {
        piece,
        from: Square::parse(from).unwrap(),
        to: Square::parse(to).unwrap(),
        capture,
        promotion: None,
    }
}

#[test]
fn squares_round_trip() {
    assert_eq!(Square::parse("e4").unwrap(), Square { file: 4, rank: 3 });
    assert_eq!(Square::parse("h8").unwrap().name(), "h8");
    assert_eq!(Square::parse("a1").unwrap().file_char(), 'a');
    assert_eq!(Square::parse("i1"), None);
    assert_eq!(Square::parse("a9"), None);
}

#[test]
fn pawn_moves() {
    assert_eq!(san(&mv(Piece::Pawn, "e2", "e4", false)), "e4");
    assert_eq!(san(&mv(Piece::Pawn, "e4", "d5", true)), "exd5");
    let mut promo = mv(Piece::Pawn, "g7", "h8", true);
    promo.promotion = Some(Piece::Queen);
    assert_eq!(san(&promo), "gxh8=Q");
}

#[test]
fn piece_moves_and_castling() {
    assert_eq!(san(&mv(Piece::Knight, "g1", "f3", false)), "Nf3");
    assert_eq!(san(&mv(Piece::Bishop, "b5", "c6", true)), "Bxc6");
    assert_eq!(san(&mv(Piece::King, "e1", "g1", false)), "O-O");
    assert_eq!(san(&mv(Piece::King, "e8", "c8", false)), "O-O-O");
    assert_eq!(san(&mv(Piece::King, "e1", "e2", false)), "Ke2");
}

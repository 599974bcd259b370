use type_minesweeper_signed_coords::{Board, Cell};

#[test]
fn get_handles_out_of_bounds() {
    let b = Board::parse(&["*.", ".."]).unwrap();
    assert_eq!(b.get(0, 0), Some(Cell::Mine));
    assert_eq!(b.get(1, 1), Some(Cell::Empty));
    assert_eq!(b.get(-1, 0), None);
    assert_eq!(b.get(2, 0), None);
    assert_eq!(b.get(0, 2), None);
}

#[test]
fn counts_neighbours_at_edges() {
    let b = Board::parse(&["*..*", "....", ".*.."]).unwrap();
    assert_eq!(b.adjacent_mines(0, 0), 0);
    assert_eq!(b.adjacent_mines(1, 1), 2);
    assert_eq!(b.adjacent_mines(2, 1), 2);
    assert_eq!(b.render(), vec!["*11*", "2221", "1*1."]);
}

#[test]
fn rejects_ragged_rows() {
    assert!(Board::parse(&["*.", "..."]).is_none());
    assert!(Board::parse(&["x."]).is_none());
    assert!(Board::parse(&[]).is_none());
}

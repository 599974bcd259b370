use type_cinema_seat_map::{busiest_row, find_block, hold_block, Hall, Seat};

#[test]
fn holds_adjacent_blocks() {
    let mut hall = Hall::new(3, 5);
    hall.set(0, 2, Seat::Sold);
    assert_eq!(find_block(&hall, 3), Some((1, 0)));
    assert_eq!(hold_block(&mut hall, 2), Some((0, 0)));
    assert_eq!(hall.get(0, 1), Some(Seat::Held));
    assert_eq!(hold_block(&mut hall, 2), Some((0, 3)));
    assert_eq!(find_block(&hall, 6), None);
}

#[test]
fn counts_free_seats_per_row() {
    let mut hall = Hall::new(3, 4);
    hall.set(1, 0, Seat::Sold);
    hall.set(1, 3, Seat::Held);
    hall.set(2, 1, Seat::Sold);
    assert_eq!(hall.free_per_row(), vec![4, 2, 3]);
    assert_eq!(busiest_row(&hall), Some(1));
    assert_eq!(busiest_row(&Hall::new(0, 4)), None);
}

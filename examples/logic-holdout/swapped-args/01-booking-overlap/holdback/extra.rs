use room_bookings::span::overlaps;
use room_bookings::Calendar;

#[test]
fn containment_and_edges() {
    let mut c = Calendar::default();
    c.book("ana", 600, 720).unwrap();
    assert!(c.book("bo", 630, 660).is_err());
    assert!(c.book("bo", 500, 800).is_err());
    assert!(c.book("bo", 720, 750).is_ok());
    assert!(overlaps(0, 10, 9, 20));
    assert!(!overlaps(0, 10, 10, 20));
}

use room_bookings::Calendar;

#[test]
fn overlapping_booking_is_refused() {
    let mut c = Calendar::default();
    c.book("ana", 540, 600).unwrap();
    assert_eq!(c.book("bo", 570, 630), Err("conflicts with ana 09:00-10:00".to_string()));
}

#[test]
fn back_to_back_is_fine() {
    let mut c = Calendar::default();
    c.book("ana", 600, 660).unwrap();
    c.book("bo", 540, 600).unwrap();
    assert_eq!(c.agenda(), vec!["09:00-10:00 bo", "10:00-11:00 ana"]);
    assert!(c.book("cy", 700, 700).is_err());
}

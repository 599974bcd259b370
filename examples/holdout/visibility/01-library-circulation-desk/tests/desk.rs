use visibility_library_circulation_desk::{CheckoutError, Desk, Member};

#[test]
fn junior_members_have_a_lower_limit() {
    let mut desk = Desk::default();
    desk.register(Member::new(7, "Ada", true));
    desk.stock("978-1", 10);
    for _ in 0..3 {
        desk.checkout(7, "978-1").unwrap();
    }
    assert_eq!(desk.checkout(7, "978-1"), Err(CheckoutError::LimitReached { limit: 3 }));
    assert_eq!(desk.member(7).unwrap().loans().len(), 3);
}

#[test]
fn copies_come_back_on_return() {
    let mut desk = Desk::default();
    desk.register(Member::new(1, "Bo", false));
    desk.stock("978-2", 1);
    assert_eq!(desk.checkout(2, "978-2"), Err(CheckoutError::UnknownCard(2)));
    desk.checkout(1, "978-2").unwrap();
    assert_eq!(desk.checkout(1, "978-2"), Err(CheckoutError::NotOnShelf("978-2".into())));
    assert!(desk.return_book(1, "978-2"));
    assert!(!desk.return_book(1, "978-2"));
    assert!(desk.checkout(1, "978-2").is_ok());
}

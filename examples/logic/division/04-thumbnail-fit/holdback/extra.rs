use thumbnail_fit::{fit_within, Size};

#[test]
fn rounding_and_extreme_ratios() {
    assert_eq!(fit_within(Size::new(1000, 333), Size::new(100, 100)), Size::new(100, 33));
    assert_eq!(fit_within(Size::new(5000, 10), Size::new(100, 100)), Size::new(100, 1));
    assert_eq!(fit_within(Size::new(333, 1000), Size::new(100, 100)), Size::new(33, 100));
    assert_eq!(fit_within(Size::new(800, 800), Size::new(200, 100)), Size::new(100, 100));
    assert_eq!(fit_within(Size::new(4000, 3000), Size::new(4000, 2000)), Size::new(2666, 2000));
}

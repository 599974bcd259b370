use thumbnail_fit::{fit_within, renditions, Size};

#[test]
fn portrait_is_limited_by_height() {
    assert_eq!(fit_within(Size::new(1000, 2000), Size::new(300, 300)), Size::new(150, 300));
}

#[test]
fn landscape_is_limited_by_width() {
    assert_eq!(fit_within(Size::new(1920, 1080), Size::new(640, 640)), Size::new(640, 360));
}

#[test]
fn small_images_are_untouched() {
    assert_eq!(fit_within(Size::new(20, 10), Size::new(64, 64)), Size::new(20, 10));
    assert!(Size::new(20, 10).is_landscape());
}

#[test]
fn renditions_for_a_wide_banner() {
    let boxes = [Size::new(1200, 1200), Size::new(600, 600), Size::new(100, 100)];
    assert_eq!(renditions(Size::new(1000, 250), &boxes), vec![Size::new(600, 150), Size::new(100, 25)]);
}

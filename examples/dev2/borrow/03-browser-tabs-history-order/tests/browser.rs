use borrow_browser_tabs_history_order::Browser;

#[test]
fn navigate_and_back_per_tab() {
    let mut b = Browser::new("home");
    b.navigate("news");
    b.open_tab("mail");
    b.navigate("inbox");
    assert_eq!(b.back(), Some("mail"));
    assert_eq!(b.back(), None);
    assert!(b.switch_to(0));
    assert_eq!(b.current(), "news");
    assert_eq!(b.back(), Some("home"));
    assert!(!b.switch_to(5));
}

#[test]
fn history_is_global_and_skips_repeats() {
    let mut b = Browser::new("home");
    b.navigate("a");
    b.navigate("a");
    b.open_tab("b");
    b.navigate("c");
    assert_eq!(b.history(), &["home", "a", "b", "c"]);
    assert_eq!(b.back(), Some("b"));
    assert_eq!(b.back(), None);
}

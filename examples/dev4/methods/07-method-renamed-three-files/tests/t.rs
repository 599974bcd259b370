use d4_methods_07_method_renamed_three_files::{a::*, b::*, counter::Hits};

#[test]
fn works() {
    let mut h = Hits::default();
    visit_home(&mut h);
    visit_twice(&mut h, "/x");
    assert_eq!(h.total(), 3);
}

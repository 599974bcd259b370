// TODO: use the full Gregorian rule: every fourth year, but not centuries, except every 400th.
/// Whether `year` is a leap year.
fn is_leap(year: u32) -> bool {
    year % 4 == 0
}

fn main() {
    let leap: Vec<u32> = (1896..=1912).filter(|y| is_leap(*y)).collect();
    assert_eq!(leap, vec![1896, 1904, 1908, 1912]);
    assert!(is_leap(2000));
    assert!(!is_leap(2100));
    println!("{leap:?}");
}

/// The initials of a full name, upper-case: "ada lovelace" → "AL".
fn initials(name: &str) -> String {
    let _ = name;
    todo!()
}

fn main() {
    assert_eq!(initials("ada lovelace"), "AL");
    assert_eq!(initials("Grace Brewster Hopper"), "GBH");
    println!("initials ok");
}

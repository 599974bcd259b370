pub fn consume(names: Vec<String>) -> usize {
    names.len()
}

pub fn moved_twice() -> usize {
    let names = vec![String::from("a")];
    let first = consume(names);
    first + names.len()
}

pub fn wrong_type() -> u32 {
    let count: u32 = "three";
    count
}

pub fn unresolved() -> u32 {
    undefined_value + 1
}

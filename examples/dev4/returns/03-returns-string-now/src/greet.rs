use crate::names::capitalized;

pub fn hello(name: &str) -> String {
    let name: String = capitalized(name);
    format!("Hello, {name}")
}

pub fn initial(name: &str) -> Option<char> {
    capitalized(name).chars().next()
}

#[derive(Debug, Clone)]
pub struct Config {
    pub name: String,
    pub retries: u32,
}

pub fn defaults() -> Config {
    Config { name: "svc".to_string() }
}

pub fn with_name(base: &Config, name: &str) -> Config {
    let mut c = *base;
    c.name = name.to_string();
    c
}

pub fn names(cs: Vec<Config>) -> (Vec<String>, usize) {
    let all: Vec<String> = cs.iter().map(|c| c.name.clone()).collect();
    (all, cs.len())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub port: u16,
    pub workers: usize,
}

impl Config {
    pub fn defaults() -> Self {
        Config { port: 8080, workers: 4 }
    }

    pub fn with_port(port: u16) -> Self {
        Config { port, ..Config::standard() }
    }
}

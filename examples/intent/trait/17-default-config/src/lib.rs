/// Server settings. Defaults: port 8080, 4 workers, verbose off.
#[derive(Debug, PartialEq)]
pub struct Config {
    pub port: u16,
    pub workers: usize,
    pub verbose: bool,
}

impl Default for Config {}

use crate::config::Config;

pub fn describe(c: &Config) -> String {
    let d = Config::standard();
    if c == &d { "standard".into() } else { format!("{}x{}", c.port, c.workers) }
}

pub fn doubled() -> Config {
    let mut c = Config::standard();
    c.workers *= 2;
    c
}

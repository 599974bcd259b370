//! Print the timeouts found in the config files given as arguments.
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        match config_timeouts::timeouts(&text) {
            Ok(t) => {
                for (k, ms) in t {
                    println!("{}: {} ms", k, ms);
                }
            }
            Err(e) => eprintln!("{}: {}", path, e),
        }
    }
}

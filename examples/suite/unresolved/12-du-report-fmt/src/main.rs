use std::io::{self, BufRead};

use unresolved_du_report_fmt::Report;

/// Reads `SIZE PATH` lines on stdin (as produced by `find -printf '%s %p\n'`).
fn main() {
    let stdin = io::stdin();
    let lines: Vec<String> = stdin.lock().lines().map_while(Result::ok).collect();
    let entries = lines.iter().filter_map(|line| {
        let (size, path) = line.trim().split_once(' ')?;
        Some((path.trim_start_matches("./"), size.parse().ok()?))
    });
    println!("{}", Report::from_entries(entries));
}

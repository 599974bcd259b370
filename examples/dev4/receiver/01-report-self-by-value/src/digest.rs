use crate::report::Report;

pub fn digest(reports: &[Report]) -> Vec<String> {
    reports.iter().map(|r| r.summary()).collect()
}

pub fn headline(r: &Report) -> String {
    r.summary().to_uppercase()
}

pub fn both(r: Report) -> (String, usize) {
    let s = r.summary();
    (s, r.lines.len())
}

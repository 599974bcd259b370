use crate::stats::{average, letter};
use crate::GradeBook;

/// One line per student: `name: average letter`.
pub fn render(book: &GradeBook) -> String {
    let mut out = String::new();
    for (name, scores) in book.iter() {
        let line = match average(scores) {
            Some(avg) => format!("{name}: {avg:.1} {}\n", letter(avg)),
            None => format!("{name}: n/a\n"),
        };
        out.push_str(&line);
    }
    out
}

pub fn failing(book: &GradeBook) -> Vec<String> {
    book.iter()
        .filter(|(_, scores)| average(scores).is_some_and(|a| letter(a) == 'F'))
        .map(|(name, _)| name.clone())
        .collect()
}

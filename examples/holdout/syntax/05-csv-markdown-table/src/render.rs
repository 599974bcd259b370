use crate::table::Table;

fn cell(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", String::as_str)
}

fn line(row: &[String], widths: &[usize]) -> String {
    let cells: Vec<String> = widths
        .iter()
        .enumerate()
        .map(|(i, w)| format!(" {:<w$} ", cell(row, i), w = *w))
        .collect();
    format!("|{}|", cells.join("|"))
}

pub fn to_markdown(table: &Table) -> String {
    let mut widths = vec![3; table.width()];
    for row in std::iter::once(&table.header).chain(&table.rows) {
        for (i, text) in row.iter().enumerate() {
            widths[i] = widths[i].max(text.chars().count());
    }
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(w + 2)).collect();
    let mut out = vec![line(&table.header, &widths), format!("|{}|", rule.join("|"))];
    out.extend(table.rows.iter().map(|r| line(r, &widths)));
    out.join("\n")
}

use std::fmt::Display;

/// One row: every cell right-aligned to `width`, separated by ` | `.
pub fn render_row<T>(cells: &[T], width: usize) -> String {
    cells
        .iter()
        .map(|c| format!("{c:>width$}"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// A header, a rule of dashes, then the rows; the width fits the widest cell.
pub fn render<T: Display>(header: &[&str], rows: &[Vec<T>]) -> String {
    let widest_cell = rows.iter().flatten().map(|c| c.to_string().len()).max().unwrap_or(0);
    let widest_head = header.iter().map(|h| h.len()).max().unwrap_or(0);
    let width = widest_cell.max(widest_head);
    let head = render_row(header, width);
    let mut out = vec![head.clone(), "-".repeat(head.len())];
    out.extend(rows.iter().map(|r| render_row(r, width)));
    out.join("\n")
}

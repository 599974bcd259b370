//! Render rows as a plain-text table with padded columns.
use std::fmt::Write;

fn column_widths(header: &[&str], rows: &[Vec<String>]) -> Vec<usize> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    widths
}

fn write_row<S: AsRef<str>>(out: &mut String, cells: &[S], widths: &[usize]) {
    let line: Vec<String> = cells
        .iter()
        .zip(widths)
        .map(|(c, w)| format!("{:<width$}", c.as_ref(), width = *w))
        .collect();
    writeln!(out, "| {} |", line.join(" | ")).expect("writing to a String cannot fail");
}

pub fn render(header: &[&str], rows: &[Vec<String>]) -> String {
    let widths = column_widths(header, rows);
    let out = String::new();
    write_row(&mut out, header, &widths);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    write_row(&mut out, &rule, &widths);
    for row in rows {
        write_row(&mut out, row, &widths);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn pads_columns() {
        let table = render(&["name", "qty"], &[row(&["apple", "3"]), row(&["kiwi", "12"])]);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines[0], "| name  | qty |");
        assert_eq!(lines[1], "| ----- | --- |");
        assert_eq!(lines[2], "| apple | 3   |");
        assert_eq!(lines[3], "| kiwi  | 12  |");
    }

    #[test]
    fn header_only() {
        assert_eq!(render(&["id"], &[]), "| id |\n| -- |\n");
    }
}

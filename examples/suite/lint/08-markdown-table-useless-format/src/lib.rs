//! Render rows of strings as a GitHub-flavoured Markdown table.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

pub struct Table {
    headers: Vec<String>,
    align: Vec<Align>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: &[&str]) -> Self {
        Table {
            headers: headers.iter().map(|h| h.to_string()).collect(),
            align: vec![Align::Left; headers.len()],
            rows: Vec::new(),
        }
    }

    pub fn align(mut self, col: usize, a: Align) -> Self {
        self.align[col] = a;
        self
    }

    pub fn row(&mut self, cells: &[&str]) {
        let mut row: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        row.resize(self.headers.len(), String::new());
        self.rows.push(row);
    }

    fn widths(&self) -> Vec<usize> {
        (0..self.headers.len())
            .map(|i| {
                let cells = self.rows.iter().map(|r| r[i].chars().count());
                cells.chain([self.headers[i].chars().count(), 3]).max().unwrap_or(3)
            })
            .collect()
    }

    pub fn render(&self) -> String {
        if self.rows.is_empty() {
            return format!("_(no rows)_\n");
        }
        let widths = self.widths();
        let line = |cells: &[String]| {
            let padded: Vec<String> = cells
                .iter()
                .zip(&widths)
                .zip(&self.align)
                .map(|((c, &w), a)| match a {
                    Align::Left => format!("{c:<w$}"),
                    Align::Right => format!("{c:>w$}"),
                    Align::Center => format!("{c:^w$}"),
                })
                .collect();
            format!("| {} |\n", padded.join(" | "))
        };
        let mut out = line(&self.headers);
        let rule: Vec<String> = widths
            .iter()
            .zip(&self.align)
            .map(|(&w, a)| match a {
                Align::Left => "-".repeat(w),
                Align::Right => format!("{}:", "-".repeat(w - 1)),
                Align::Center => format!(":{}:", "-".repeat(w - 2)),
            })
            .collect();
        out.push_str(&line(&rule));
        for r in &self.rows {
            out.push_str(&line(r));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_aligned_columns() {
        let mut t = Table::new(&["name", "qty"]).align(1, Align::Right);
        t.row(&["apple", "3"]);
        t.row(&["kiwi|nz"]);
        assert_eq!(
            t.render(),
            "| name     | qty |\n| -------- | --: |\n| apple    |   3 |\n| kiwi\\|nz |     |\n"
        );
    }

    #[test]
    fn empty_table_placeholder_and_center() {
        let mut t = Table::new(&["x"]).align(0, Align::Center);
        assert_eq!(t.render(), "_(no rows)_\n");
        t.row(&["a"]);
        assert_eq!(t.render(), "|  x  |\n| :-: |\n|  a  |\n");
    }
}

use crate::grid::Grid;

/// Parse a plaintext pattern: `O` or `#` is alive, `.` is dead.
pub fn parse(text: &str) -> Result<Grid, String> {
    let rows: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('!')).collect();
    let w = rows.iter().map(|r| r.chars().count()).max().unwrap_or(0);
    let grid = Grid::new(w, rows.len());
    for (y, row) in rows.iter().enumerate() {
        for (x, c) in row.chars().enumerate() {
            match c {
                'O' | '#' => grid.set(x as i64, y as i64, true),
                '.' => {}
                other => return Err(format!("unexpected {other:?} in row {}", y + 1)),
            }
        }
    }
    Ok(grid)
}

pub fn render(grid: &Grid) -> String {
    let mut out = String::new();
    for y in 0..grid.height() as i64 {
        for x in 0..grid.width() as i64 {
            out.push(if grid.get(x, y) { 'O' } else { '.' });
        }
        out.push('\n');
    }
    out
}

//! Read G-code programs line by line and measure how far the tool travels.

#[derive(Debug, Clone, PartialEq)]
pub struct Command<'a> {
    pub code: &'a str,
    pub args: Vec<(char, f64)>,
    pub line: usize,
}

impl Command<'_> {
    pub fn arg(&self, name: char) -> Option<f64> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

pub struct Reader<'a> {
    lines: std::str::Lines<'a>,
    line_no: usize,
}

impl<'a> Reader<'a> {
    pub fn new(src: &str) -> Self {
        Reader { lines: src.lines(), line_no: 0 }
    }

    /// The next command, skipping blank lines and `;` comments.
    pub fn next_command(&mut self) -> Option<Result<Command<'a>, String>> {
        loop {
            let raw = self.lines.next()?;
            self.line_no += 1;
            let text = raw.split(';').next().unwrap_or("").trim();
            let mut words = text.split_whitespace();
            let Some(code) = words.next() else { continue };
            let mut args = Vec::new();
            for word in words {
                let mut chars = word.chars();
                let name = chars.next().unwrap_or('?').to_ascii_uppercase();
                match chars.as_str().parse::<f64>() {
                    Ok(v) => args.push((name, v)),
                    Err(_) => return Some(Err(format!("line {}: bad argument {word:?}", self.line_no))),
                }
            }
            return Some(Ok(Command { code, args, line: self.line_no }));
        }
    }
}

/// Total length of the straight `G0`/`G1` moves, starting at the origin.
pub fn travel(program: &str) -> Result<f64, String> {
    let mut reader = Reader::new(program);
    let (mut x, mut y, mut total) = (0.0_f64, 0.0_f64, 0.0);
    while let Some(cmd) = reader.next_command() {
        let cmd = cmd?;
        if cmd.code == "G0" || cmd.code == "G1" {
            let (nx, ny) = (cmd.arg('X').unwrap_or(x), cmd.arg('Y').unwrap_or(y));
            total += (nx - x).hypot(ny - y);
            (x, y) = (nx, ny);
        }
    }
    Ok(total)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Push(i64),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Jz(usize),
    Jmp(usize),
    Print,
}

/// One instruction per line, e.g. `push 3`, `add`, `jz 7`. `#` starts a comment.
pub fn parse_program(src: &str) -> Result<Vec<Op>, String> {
    let mut ops = Vec::new();
    for (n, raw) in src.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let name = parts.next().unwrap_or("");
        let arg = parts.next();
        let num = |a: Option<&str>| -> Result<i64, String> {
            a.and_then(|s| s.parse().ok()).ok_or_else(|| format!("line {}: bad operand", n + 1))
        };
        ops.push(match name {
            "push" => Op::Push(num(arg)?),
            "add" => Op::Add,
            "sub" => Op::Sub,
            "mul" => Op::Mul,
            "dup" => Op::Dup,
            "swap" => Op::Swap,
            "jz" => Op::Jz(num(arg)? as usize),
            "jmp" => Op::Jmp(num(arg)? as usize),
            "print" => Op::Print,
            other => return Err(format!("line {}: unknown op {other}", n + 1)),
        });
    }
    Ok(ops)
}

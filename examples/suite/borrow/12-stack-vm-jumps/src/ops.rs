use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Push(i64),
    Load(String),
    Store(String),
    Add,
    Mul,
    Lt,
    Dup,
    Jmp(usize),
    Jnz(usize),
}

/// Parse one instruction per line; `name:` lines define jump labels.
pub fn parse_program(src: &str) -> Result<Vec<Op>, String> {
    let mut labels: HashMap<&str, usize> = HashMap::new();
    let mut count = 0;
    for line in src.lines() {
        let line = line.trim().to_string();
        if let Some(label) = line.strip_suffix(':') {
            labels.insert(label, count);
        } else if !line.is_empty() {
            count += 1;
        }
    }

    let target = |name: &str| labels.get(name).copied().ok_or(format!("unknown label {name}"));
    let mut ops = Vec::new();
    for line in src.lines().map(str::trim) {
        if line.is_empty() || line.ends_with(':') {
            continue;
        }
        let (word, arg) = line.split_once(' ').unwrap_or((line, ""));
        ops.push(match word {
            "push" => Op::Push(arg.parse().map_err(|_| format!("bad number {arg}"))?),
            "load" => Op::Load(arg.to_string()),
            "store" => Op::Store(arg.to_string()),
            "add" => Op::Add,
            "mul" => Op::Mul,
            "lt" => Op::Lt,
            "dup" => Op::Dup,
            "jmp" => Op::Jmp(target(arg)?),
            "jnz" => Op::Jnz(target(arg)?),
            other => return Err(format!("unknown instruction {other}")),
        });
    }
    Ok(ops)
}

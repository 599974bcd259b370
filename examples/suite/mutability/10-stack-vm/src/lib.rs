//! A tiny stack machine and its assembler.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Instr {
    Push(i64),
    Add,
    Mul,
    Dup,
    JumpIfZero(usize),
    Jump(usize),
    Print,
    Halt,
}

pub fn assemble(src: &str) -> Result<Vec<Instr>, String> {
    let program = Vec::new();
    for (n, line) in src.lines().map(str::trim).enumerate() {
        if line.is_empty() || line.starts_with(';') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let op = parts.next().unwrap_or_default();
        let mut arg = || -> Result<i64, String> {
            let a = parts.next().ok_or(format!("line {}: {op} needs an argument", n + 1))?;
            a.parse().map_err(|_| format!("line {}: bad number {a}", n + 1))
        };
        program.push(match op {
            "push" => Instr::Push(arg()?),
            "add" => Instr::Add,
            "mul" => Instr::Mul,
            "dup" => Instr::Dup,
            "jz" => Instr::JumpIfZero(arg()? as usize),
            "jmp" => Instr::Jump(arg()? as usize),
            "print" => Instr::Print,
            "halt" => Instr::Halt,
            other => return Err(format!("line {}: unknown op {other}", n + 1)),
        });
    }
    Ok(program)
}

#[derive(Debug, Default)]
pub struct Vm {
    pc: usize,
    stack: Vec<i64>,
    pub output: Vec<i64>,
}

impl Vm {
    fn pop(&mut self) -> Result<i64, String> {
        self.stack.pop().ok_or_else(|| format!("stack underflow at {}", self.pc))
    }

    /// Execute one instruction; returns false once the machine halts.
    pub fn step(&self, program: &[Instr]) -> Result<bool, String> {
        let Some(&instr) = program.get(self.pc) else { return Ok(false) };
        self.pc += 1;
        match instr {
            Instr::Push(v) => self.stack.push(v),
            Instr::Add => {
                let (b, a) = (self.pop()?, self.pop()?);
                self.stack.push(a + b);
            }
            Instr::Mul => {
                let (b, a) = (self.pop()?, self.pop()?);
                self.stack.push(a * b);
            }
            Instr::Dup => {
                let top = *self.stack.last().ok_or("dup on empty stack")?;
                self.stack.push(top);
            }
            Instr::JumpIfZero(t) => {
                if self.pop()? == 0 {
                    self.pc = t;
                }
            }
            Instr::Jump(t) => self.pc = t,
            Instr::Print => {
                let v = self.pop()?;
                self.output.push(v);
            }
            Instr::Halt => return Ok(false),
        }
        Ok(true)
    }

    pub fn run(&mut self, program: &[Instr], max_steps: usize) -> Result<(), String> {
        for _ in 0..max_steps {
            if !self.step(program)? {
                return Ok(());
            }
        }
        Err("step limit exceeded".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_and_print() {
        let prog = assemble("push 6\npush 7\nmul\ndup\nprint\npush -2\nadd\nprint\nhalt").unwrap();
        let mut vm = Vm::default();
        vm.run(&prog, 100).unwrap();
        assert_eq!(vm.output, vec![42, 40]);
    }

    #[test]
    fn countdown_loop_and_errors() {
        // prints 3, 2, 1 using a conditional jump
        let src = "push 3\n; loop start = 1\ndup\nprint\npush -1\nadd\ndup\njz 8\njmp 1\nhalt";
        let prog = assemble(src).unwrap();
        let mut vm = Vm::default();
        vm.run(&prog, 100).unwrap();
        assert_eq!(vm.output, vec![3, 2, 1]);
        assert!(assemble("push x").is_err());
        assert!(Vm::default().run(&[Instr::Add], 10).is_err());
    }
}

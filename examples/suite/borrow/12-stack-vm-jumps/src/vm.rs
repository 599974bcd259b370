use crate::ops::Op;
use std::collections::HashMap;

pub struct Vm {
    program: Vec<Op>,
    pc: usize,
    stack: Vec<i64>,
    vars: HashMap<String, i64>,
    pub steps: usize,
}

impl Vm {
    pub fn new(program: Vec<Op>) -> Self {
        Vm { program, pc: 0, stack: Vec::new(), vars: HashMap::new(), steps: 0 }
    }

    fn pop(&mut self) -> Result<i64, String> {
        self.stack.pop().ok_or_else(|| format!("stack underflow at {}", self.pc))
    }

    fn exec(&mut self, op: &Op) -> Result<(), String> {
        match op {
            Op::Push(n) => self.stack.push(*n),
            Op::Load(name) => {
                let v = *self.vars.get(name).ok_or(format!("unset variable {name}"))?;
                self.stack.push(v);
            }
            Op::Store(name) => {
                let v = self.pop()?;
                self.vars.insert(name.clone(), v);
            }
            Op::Add | Op::Mul | Op::Lt => {
                let (b, a) = (self.pop()?, self.pop()?);
                self.stack.push(match op {
                    Op::Add => a + b,
                    Op::Mul => a * b,
                    _ => (a < b) as i64,
                });
            }
            Op::Dup => {
                let top = *self.stack.last().ok_or("dup on empty stack")?;
                self.stack.push(top);
            }
            Op::Jmp(t) => self.pc = *t,
            Op::Jnz(t) => {
                if self.pop()? != 0 {
                    self.pc = *t;
                }
            }
        }
        Ok(())
    }

    /// Run to completion (or `max_steps`) and return the top of the stack.
    pub fn run(&mut self, max_steps: usize) -> Result<Option<i64>, String> {
        while self.pc < self.program.len() {
            if self.steps == max_steps {
                return Err("step limit reached".to_string());
            }
            let op = &self.program[self.pc];
            self.pc += 1;
            self.steps += 1;
            self.exec(op)?;
        }
        Ok(self.stack.last().copied())
    }
}

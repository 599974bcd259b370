//! A tiny stack machine used to evaluate compiled filter expressions.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Push(i64),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Jmp(usize),
    JmpIfZero(usize),
    Halt,
}

#[derive(Debug, PartialEq, Eq)]
pub enum VmError {
    StackUnderflow { pc: usize },
    BadJump { pc: usize, target: usize },
    StepLimit,
}

const MAX_STEPS: usize = 10_000;

#[derive(Debug, Default)]
pub struct Vm {
    stack: Vec<i64>,
    pc: usize,
}

impl Vm {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn stack(&self) -> &[i64] {
        &self.stack
    }

    fn pop(&mut self) -> Result<i64, VmError> {
        self.stack.pop().ok_or(VmError::StackUnderflow { pc: self.pc })
    }

    fn peek(&self) -> Result<i64, VmError> {
        self.stack.last().copied().ok_or(VmError::StackUnderflow { pc: self.pc })
    }

    /// Runs `prog` until it falls off the end or halts; returns the top of the stack.
    pub fn run(&mut self, prog: &[Op]) -> Result<Option<i64>, VmError> {
        let mut steps = 0;
        while self.pc < prog.len() {
            steps += 1;
            if steps > MAX_STEPS {
                return Err(VmError::StepLimit);
            }
            let mut next = self.pc + 1;
            match prog[self.pc] {
                Op::Push(v) => self.stack.push(v),
                Op::Add | Op::Sub | Op::Mul => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    self.stack.push(match prog[self.pc] {
                        Op::Add => a.wrapping_add(b),
                        Op::Sub => a.wrapping_sub(b),
                        _ => a.wrapping_mul(b),
                    });
                }
                Op::Dup => {
                    let top = self.peek();
                    self.stack.push(top);
                }
                Op::Swap => {
                    let b = self.pop()?;
                    let a = self.pop()?;
                    self.stack.extend([b, a]);
                }
                Op::Jmp(target) => next = target,
                Op::JmpIfZero(target) => {
                    if self.pop()? == 0 {
                        next = target;
                    }
                }
                Op::Halt => break,
            }
            if next > prog.len() {
                return Err(VmError::BadJump { pc: self.pc, target: next });
            }
            self.pc = next;
        }
        Ok(self.stack.last().copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Op::*;

    #[test]
    fn arithmetic_and_stack_ops() {
        let mut vm = Vm::new();
        assert_eq!(vm.run(&[Push(6), Dup, Mul, Push(1), Swap, Sub]), Ok(Some(-35)));
        assert_eq!(vm.stack(), &[-35]);
    }

    #[test]
    fn jumps_and_errors() {
        // skips the Push(99) because 0 is on the stack
        assert_eq!(Vm::new().run(&[Push(0), JmpIfZero(3), Push(99), Push(7)]), Ok(Some(7)));
        assert_eq!(Vm::new().run(&[Push(1), Add]), Err(VmError::StackUnderflow { pc: 1 }));
        assert_eq!(Vm::new().run(&[Dup]), Err(VmError::StackUnderflow { pc: 0 }));
        assert_eq!(Vm::new().run(&[Jmp(0)]), Err(VmError::StepLimit));
        assert_eq!(Vm::new().run(&[Jmp(9)]), Err(VmError::BadJump { pc: 0, target: 9 }));
        assert_eq!(Vm::new().run(&[Push(4), Halt, Push(5)]), Ok(Some(4)));
    }
}

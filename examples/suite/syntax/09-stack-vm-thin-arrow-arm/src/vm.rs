use crate::op::Op;

#[derive(Debug, PartialEq, Eq)]
pub enum VmError {
    StackUnderflow(usize),
    StepLimit,
}

pub fn run(program: &[Op], max_steps: usize) -> Result<Vec<i64>, VmError> {
    let mut stack: Vec<i64> = Vec::new();
    let mut out = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    while pc < program.len() {
        steps += 1;
        if steps > max_steps {
            return Err(VmError::StepLimit);
        }
        let mut pop = || stack.pop().ok_or(VmError::StackUnderflow(pc));
        match program[pc] {
            Op::Push(v) => stack.push(v),
            Op::Add => {
                let (b, a) = (pop()?, pop()?);
                stack.push(a + b);
            }
            Op::Sub => {
                let (b, a) = (pop()?, pop()?);
                stack.push(a - b);
            }
            Op::Mul => {
                let (b, a) = (pop()?, pop()?);
                stack.push(a * b);
            }
            Op::Dup => {
                let v = pop()?;
                stack.extend([v, v]);
            }
            Op::Swap -> {
                let (b, a) = (pop()?, pop()?);
                stack.extend([b, a]);
            }
            Op::Jz(target) => {
                if pop()? == 0 {
                    pc = target;
                    continue;
                }
            }
            Op::Jmp(target) => {
                pc = target;
                continue;
            }
            Op::Print => out.push(*stack.last().ok_or(VmError::StackUnderflow(pc))?),
        }
        pc += 1;
    }
    Ok(out)
}

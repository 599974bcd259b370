use syntax_stack_vm::op::{parse_program, Op};
use syntax_stack_vm::run_source;
use syntax_stack_vm::vm::{run, VmError};

#[test]
fn countdown_loop_prints_each_value() {
    let src = "push 3      # counter\nprint       # 1\ndup\njz 8\npush 1\nsub\nprint\njmp 2\n";
    assert_eq!(run_source(src), Ok(vec![3, 2, 1, 0]));
}

#[test]
fn arithmetic_and_swap() {
    let prog = parse_program("push 7\npush 2\nswap\nsub\nprint\npush 6\nmul\nprint").unwrap();
    assert_eq!(prog[2], Op::Swap);
    assert_eq!(run(&prog, 100), Ok(vec![-5, -30]));
}

#[test]
fn errors() {
    assert_eq!(run(&[Op::Push(1), Op::Add], 10), Err(VmError::StackUnderflow(1)));
    assert_eq!(run(&[Op::Jmp(0)], 50), Err(VmError::StepLimit));
    assert_eq!(parse_program("push x"), Err("line 1: bad operand".to_string()));
}

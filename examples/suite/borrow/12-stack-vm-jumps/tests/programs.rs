use borrow_stack_vm_jumps::{parse_program, Op, Vm};

const FACTORIAL: &str = "
    push 1
    store acc
    push 1
    store i
loop:
    load acc
    load i
    mul
    store acc
    load i
    push 1
    add
    dup
    store i
    push 6
    lt
    jnz loop
    load acc
";

#[test]
fn computes_factorial_with_loop() {
    let program = parse_program(FACTORIAL).unwrap();
    assert_eq!(program[4], Op::Load("acc".into()));
    assert_eq!(program[15], Op::Jnz(4));
    let mut vm = Vm::new(program);
    assert_eq!(vm.run(1000), Ok(Some(120)));
}

#[test]
fn reports_errors() {
    assert!(parse_program("jmp nowhere").is_err());
    assert!(parse_program("push x").is_err());
    let mut vm = Vm::new(parse_program("top:\njmp top").unwrap());
    assert_eq!(vm.run(50), Err("step limit reached".to_string()));
    assert_eq!(vm.steps, 50);
    let mut vm = Vm::new(parse_program("add").unwrap());
    assert!(vm.run(10).is_err());
}

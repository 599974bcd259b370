//! A tiny stack machine: parse a program, run it, collect printed values.
pub mod op;
pub mod vm;

pub fn run_source(src: &str) -> Result<Vec<i64>, String> {
    let program = op::parse_program(src)?;
    vm::run(&program, 1_000).map_err(|e| format!("{e:?}"))
}

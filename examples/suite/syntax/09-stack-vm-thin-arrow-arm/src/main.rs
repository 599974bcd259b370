use std::io::Read;

fn main() {
    let mut src = String::new();
    std::io::stdin().read_to_string(&mut src).expect("read stdin");
    match syntax_stack_vm::run_source(&src) {
        Ok(values) => values.iter().for_each(|v| println!("{v}")),
        Err(e) => eprintln!("error: {e}"),
    }
}

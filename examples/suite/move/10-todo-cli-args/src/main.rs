use move_todo_cli_args::{apply, parse_args};

fn main() {
    let mut tasks = Vec::new();
    let args: Vec<String> = std::env::args().collect();
    match parse_args(args).and_then(|cmd| apply(cmd, &mut tasks)) {
        Ok(lines) => lines.iter().for_each(|l| println!("{l}")),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}

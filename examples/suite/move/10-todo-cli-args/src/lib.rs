//! Core of a tiny todo CLI: argument parsing and command application.

#[derive(Debug, PartialEq)]
pub enum Command {
    Add { title: String, priority: u8 },
    Done(usize),
    List,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    pub title: String,
    pub priority: u8,
    pub done: bool,
}

/// `args[0]` is the program name, as with `std::env::args()`.
pub fn parse_args(args: Vec<String>) -> Result<Command, String> {
    let sub = args.get(1).ok_or("missing subcommand")?;
    match sub.as_str() {
        "add" => {
            if args.len() < 3 {
                return Err("add needs a title".into());
            }
            let title = args[2];
            let priority = match args.get(3) {
                Some(p) => p.parse().map_err(|_| format!("bad priority {p:?}"))?,
                None => 3,
            };
            Ok(Command::Add { title, priority })
        }
        "done" => {
            let n = args.get(2).ok_or("done needs an index")?;
            n.parse().map(Command::Done).map_err(|_| format!("bad index {n:?}"))
        }
        "list" => Ok(Command::List),
        other => Err(format!("unknown subcommand {other}")),
    }
}

/// Apply a command; returns the lines to print.
pub fn apply(cmd: Command, tasks: &mut Vec<Task>) -> Result<Vec<String>, String> {
    match cmd {
        Command::Add { title, priority } => {
            tasks.push(Task { title, priority, done: false });
            Ok(vec![format!("added #{}", tasks.len() - 1)])
        }
        Command::Done(i) => {
            let task = tasks.get_mut(i).ok_or(format!("no task #{i}"))?;
            task.done = true;
            Ok(vec![format!("completed {}", task.title)])
        }
        Command::List => Ok(tasks
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{i} [{}] p{} {}", if t.done { 'x' } else { ' ' }, t.priority, t.title))
            .collect()),
    }
}

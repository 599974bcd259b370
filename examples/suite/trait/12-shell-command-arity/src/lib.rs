//! Core of a toy shell: a registry of named commands sharing a variable context.

pub mod builtins;

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Context {
    pub vars: HashMap<String, String>,
}

pub trait Command {
    fn name(&self) -> &'static str;
    fn run(&self, ctx: &mut Context, args: &[&str]) -> Result<String, String>;
}

#[derive(Default)]
pub struct Shell {
    commands: Vec<Box<dyn Command>>,
    pub ctx: Context,
}

impl Shell {
    pub fn with_builtins() -> Self {
        let mut shell = Shell::default();
        shell.register(Box::new(builtins::Echo));
        shell.register(Box::new(builtins::Set));
        shell.register(Box::new(builtins::Upper));
        shell
    }

    pub fn register(&mut self, cmd: Box<dyn Command>) {
        self.commands.push(cmd);
    }

    /// Expand `$name` arguments from the context, then dispatch.
    pub fn execute(&mut self, line: &str) -> Result<String, String> {
        let words: Vec<String> = line
            .split_whitespace()
            .map(|w| match w.strip_prefix('$') {
                Some(var) => self.ctx.vars.get(var).cloned().unwrap_or_default(),
                None => w.to_string(),
            })
            .collect();
        let (head, rest) = words.split_first().ok_or("empty command")?;
        let args: Vec<&str> = rest.iter().map(String::as_str).collect();
        let cmd = self
            .commands
            .iter()
            .find(|c| c.name() == head)
            .ok_or_else(|| format!("{}: command not found", head))?;
        cmd.run(&mut self.ctx, &args)
    }
}

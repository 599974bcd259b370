use crate::{Command, Context};

pub struct Echo;
pub struct Set;
pub struct Upper;

impl Command for Echo {
    fn name(&self) -> &'static str {
        "echo"
    }

    fn run(&self, _ctx: &mut Context, args: &[&str]) -> Result<String, String> {
        Ok(args.join(" "))
    }
}

impl Command for Set {
    fn name(&self) -> &'static str {
        "set"
    }

    fn run(&self, ctx: &mut Context, args: &[&str]) -> Result<String, String> {
        match args {
            [name, value @ ..] if !value.is_empty() => {
                ctx.vars.insert(name.to_string(), value.join(" "));
                Ok(String::new())
            }
            _ => Err("usage: set NAME VALUE...".to_string()),
        }
    }
}

impl Command for Upper {
    fn name(&self) -> &'static str {
        "upper"
    }

    fn run(&self, args: &[&str]) -> Result<String, String> {
        Ok(args.join(" ").to_uppercase())
    }
}

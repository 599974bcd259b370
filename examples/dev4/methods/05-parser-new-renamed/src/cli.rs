use crate::parser::Parser;

pub fn flags(args: &[&str]) -> Vec<String> {
    let p = Parser::new(true);
    args.iter().filter_map(|a| p.flag(a)).collect()
}

pub fn loose(args: &[&str]) -> Vec<String> {
    let p = Parser::new(false);
    args.iter().filter_map(|a| p.flag(a)).collect()
}

//! A CLI command registry with aliases and unambiguous-prefix lookup.

use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Registry {
    aliases: BTreeMap<String, Vec<String>>,
}

impl Registry {
    pub fn command(&mut self, name: &str) {
        self.aliases.entry(name.to_string()).or_default();
    }

    fn owner_of(&self, word: &str) -> Option<&str> {
        self.aliases
            .iter()
            .find(|(name, aliases)| name.as_str() == word || aliases.iter().any(|a| a == word))
            .map(|(name, _)| name.as_str())
    }

    pub fn add_alias(&mut self, command: &str, alias: &str) -> Result<(), String> {
        if let Some(owner) = self.owner_of(alias) {
            return Err(format!("`{}` is already taken by `{}`", alias, owner));
        }
        let aliases = self.aliases.get(command).ok_or(format!("no command `{}`", command))?;
        aliases.push(alias.to_string());
        Ok(())
    }

    /// Exact names and aliases win; otherwise a prefix must match exactly one command.
    pub fn resolve(&self, word: &str) -> Option<&str> {
        if let Some(owner) = self.owner_of(word) {
            return Some(owner);
        }
        let mut matches = self.aliases.keys().filter(|name| name.starts_with(word));
        match (matches.next(), matches.next()) {
            (Some(only), None) => Some(only.as_str()),
            _ => None,
        }
    }
}

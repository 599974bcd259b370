pub mod plugin;

use plugin::Plugin;
use std::collections::HashMap;

#[derive(Default)]
pub struct Registry {
    plugins: Vec<Plugin>,
    by_hook: HashMap<String, Vec<usize>>,
    pub log: Vec<String>,
}

impl Registry {
    pub fn new() -> Self {
        Self::default()
    }

    fn find_mut(&mut self, name: &str) -> Result<&mut Plugin, String> {
        self.plugins
            .iter_mut()
            .find(|p| p.name == name)
            .ok_or_else(|| format!("no plugin named {name}"))
    }

    pub fn register(&mut self, plugin: Plugin) -> Result<usize, String> {
        let name = &plugin.name;
        if self.plugins.iter().any(|p| p.name == *name) {
            return Err(format!("{name} is already registered"));
        }
        let id = self.plugins.len();
        for hook in &plugin.hooks {
            self.by_hook.entry(hook.clone()).or_default().push(id);
        }
        self.plugins.push(plugin);
        self.log.push(format!("registered {name} as #{id}"));
        Ok(id)
    }

    pub fn upgrade(&mut self, name: &str, version: (u32, u32)) -> Result<(), String> {
        let plugin = self.find_mut(name)?;
        if plugin.version >= version {
            return Err(format!("{name} is already at {:?}", plugin.version));
        }
        self.log.push(format!("upgraded {name} to {}.{}", version.0, version.1));
        plugin.version = version;
        Ok(())
    }

    /// Names of the plugins subscribed to a hook, in registration order.
    pub fn subscribers(&self, hook: &str) -> Vec<&str> {
        self.by_hook
            .get(hook)
            .map(|ids| ids.iter().map(|&i| self.plugins[i].name.as_str()).collect())
            .unwrap_or_default()
    }

    pub fn version_of(&self, name: &str) -> Option<(u32, u32)> {
        self.plugins.iter().find(|p| p.name == name).map(|p| p.version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_and_indexes_hooks() {
        let mut reg = Registry::new();
        assert_eq!(reg.register(Plugin::new("fmt", (1, 0), &["save", "open"])), Ok(0));
        assert_eq!(reg.register(Plugin::new("lint", (0, 3), &["save"])), Ok(1));
        assert!(reg.register(Plugin::new("fmt", (2, 0), &[])).is_err());
        assert_eq!(reg.subscribers("save"), ["fmt", "lint"]);
        assert_eq!(reg.subscribers("close"), Vec::<&str>::new());
        assert_eq!(reg.log, ["registered fmt as #0", "registered lint as #1"]);
    }

    #[test]
    fn upgrades_only_forward() {
        let mut reg = Registry::new();
        reg.register(Plugin::new("lint", (0, 3), &["save"])).unwrap();
        assert!(reg.upgrade("lint", (0, 2)).is_err());
        assert!(reg.upgrade("nope", (1, 0)).is_err());
        reg.upgrade("lint", (0, 4)).unwrap();
        assert_eq!(reg.version_of("lint"), Some((0, 4)));
        assert_eq!(reg.log.last().unwrap(), "upgraded lint to 0.4");
    }
}

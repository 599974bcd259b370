//! Browser tabs with per-tab back stacks and a global history.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tab {
    pub url: String,
    back: Vec<String>,
}

#[derive(Debug)]
pub struct Browser {
    tabs: Vec<Tab>,
    active: usize,
    history: Vec<String>,
}

impl Browser {
    pub fn new(home: &str) -> Browser {
        let tab = Tab { url: home.to_string(), back: Vec::new() };
        Browser { tabs: vec![tab], active: 0, history: vec![home.to_string()] }
    }

    fn active_tab_mut(&mut self) -> &mut Tab {
        &mut self.tabs[self.active]
    }

    fn record_history(&mut self, url: &str) {
        if self.history.last().map(String::as_str) != Some(url) {
            self.history.push(url.to_string());
        }
    }

    pub fn current(&self) -> &str {
        &self.tabs[self.active].url
    }

    pub fn history(&self) -> &[String] {
        &self.history
    }

    pub fn open_tab(&mut self, url: &str) {
        self.tabs.push(Tab { url: url.to_string(), back: Vec::new() });
        self.active = self.tabs.len() - 1;
        self.record_history(url);
    }

    pub fn switch_to(&mut self, index: usize) -> bool {
        let ok = index < self.tabs.len();
        if ok {
            self.active = index;
        }
        ok
    }

    pub fn navigate(&mut self, url: &str) {
        let tab = self.active_tab_mut();
        self.record_history(url);
        let previous = std::mem::replace(&mut tab.url, url.to_string());
        tab.back.push(previous);
    }

    pub fn back(&mut self) -> Option<&str> {
        let tab = self.active_tab_mut();
        tab.url = tab.back.pop()?;
        Some(&tab.url)
    }
}

use crate::units::{format_c, to_fahrenheit};

#[derive(Default)]
pub struct Station {
    days: Vec<(String, i32)>,
}

impl Station {
    pub fn record(&mut self, date: &str, tenths_c: i32) {
        self.days.push((date.to_string(), tenths_c));
    }

    /// The last `n` days, newest first.
    pub fn recent(&self, n: usize) -> Vec<&str> {
        self.days.iter().take(n).map(|(d, _)| d.as_str()).collect()
    }

    pub fn warmest(&self) -> Option<(&str, String)> {
        self.days.iter().max_by_key(|(_, t)| *t).map(|(d, t)| (d.as_str(), format_c(*t)))
    }

    pub fn fahrenheit_report(&self) -> Vec<String> {
        self.days.iter().map(|(d, t)| format!("{}: {}°F", d, to_fahrenheit(*t))).collect()
    }
}

//! Sensor logs: readings over time and threshold alerts.
pub mod alerts;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub minute: u32,
    pub value: f64,
}

pub fn parse_log(text: &str) -> Vec<Reading> {
    text.lines()
        .filter_map(|l| {
            let (m, v) = l.split_once(' ')?;
            Some(Reading { minute: m.parse().ok()?, value: v.trim().parse().ok()? })
        })
        .collect()
}

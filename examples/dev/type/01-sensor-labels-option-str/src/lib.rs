//! A registry of sensors, each carrying free-form `key=value` labels.

use std::collections::BTreeMap;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Sensor {
    pub id: u32,
    pub kind: String,
    labels: HashMap<String, String>,
}

impl Sensor {
    pub fn new(id: u32, kind: &str) -> Self {
        Sensor { id, kind: kind.to_string(), labels: HashMap::new() }
    }

    pub fn with_label(mut self, key: &str, value: &str) -> Self {
        self.labels.insert(key.to_string(), value.to_string());
        self
    }

    /// The value of a label, if the sensor has it.
    pub fn label(&self, key: &str) -> Option<&str> {
        self.labels.get(key)
    }

    pub fn location(&self) -> &str {
        self.label("location").unwrap_or("unknown")
    }
}

#[derive(Debug, Default)]
pub struct Registry {
    sensors: Vec<Sensor>,
}

impl Registry {
    pub fn new() -> Self {
        Registry::default()
    }

    pub fn add(&mut self, sensor: Sensor) {
        self.sensors.push(sensor);
    }

    /// Ids of the sensors installed at `location`, in insertion order.
    pub fn in_location(&self, location: &str) -> Vec<u32> {
        self.sensors
            .iter()
            .filter(|s| s.location() == location)
            .map(|s| s.id)
            .collect()
    }

    /// Sensor kinds grouped by location, locations sorted.
    pub fn kinds_by_location(&self) -> BTreeMap<&str, Vec<&str>> {
        let mut grouped: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for sensor in &self.sensors {
            grouped.entry(sensor.location()).or_default().push(&sensor.kind);
        }
        grouped
    }
}

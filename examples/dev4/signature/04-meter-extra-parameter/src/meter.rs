#[derive(Default, Debug)]
pub struct Meter {
    readings: Vec<u64>,
}

impl Meter {
    pub fn record(&mut self, value: u64, unit: &str) {
        self.readings.push(value);
    }

    pub fn total(&self) -> u64 {
        self.readings.iter().sum()
    }

    pub fn peak(&self) -> u64 {
        self.readings.iter().copied().max().unwrap_or(0)
    }
}

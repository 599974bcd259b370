use crate::meter::Meter;

pub fn day(samples: &[u64]) -> Meter {
    let mut meter = Meter::default();
    for s in samples {
        meter.record(*s);
    }
    meter
}

pub fn with_baseline(base: u64) -> Meter {
    let mut meter = Meter::default();
    meter.record(base);
    meter.record(base / 2);
    meter
}

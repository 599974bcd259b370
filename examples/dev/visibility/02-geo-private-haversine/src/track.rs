use crate::geo::{haversine_km, LatLon};

#[derive(Debug, Default)]
pub struct Track {
    pub points: Vec<LatLon>,
}

impl Track {
    pub fn push(&mut self, lat: f64, lon: f64) {
        self.points.push(LatLon { lat, lon });
    }

    pub fn length_km(&self) -> f64 {
        self.points.windows(2).map(|w| haversine_km(w[0], w[1])).sum()
    }

    /// Drop points closer than `min_km` to the last kept point (GPS jitter).
    pub fn simplified(&self, min_km: f64) -> Track {
        let mut kept: Vec<LatLon> = Vec::new();
        for &p in &self.points {
            if kept.last().is_none_or(|&last| haversine_km(last, p) >= min_km) {
                kept.push(p);
            }
        }
        Track { points: kept }
    }
}

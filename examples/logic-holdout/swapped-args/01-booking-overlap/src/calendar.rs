use crate::span::{hhmm, overlaps};

#[derive(Debug, Clone, PartialEq)]
pub struct Booking {
    pub who: String,
    pub start: u32,
    pub end: u32,
}

#[derive(Default)]
pub struct Calendar {
    bookings: Vec<Booking>,
}

impl Calendar {
    /// Book `[start, end)`; Err names the booking it conflicts with.
    pub fn book(&mut self, who: &str, start: u32, end: u32) -> Result<(), String> {
        if end <= start {
            return Err("empty booking".to_string());
        }
        if let Some(b) = self.bookings.iter().find(|b| overlaps(b.start, start, b.end, end)) {
            return Err(format!("conflicts with {} {}-{}", b.who, hhmm(b.start), hhmm(b.end)));
        }
        self.bookings.push(Booking { who: who.to_string(), start, end });
        self.bookings.sort_by_key(|b| b.start);
        Ok(())
    }

    pub fn agenda(&self) -> Vec<String> {
        self.bookings.iter().map(|b| format!("{}-{} {}", hhmm(b.start), hhmm(b.end), b.who)).collect()
    }
}

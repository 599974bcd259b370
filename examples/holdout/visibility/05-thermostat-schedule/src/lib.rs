//! Weekly heating schedule for a room thermostat.

pub mod units {
    /// Temperature in degrees Celsius.
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Celsius(f64);

    impl Celsius {
        pub fn from_fahrenheit(f: f64) -> Self {
            Celsius((f - 32.0) * 5.0 / 9.0)
        }

        pub fn to_fahrenheit(self) -> f64 {
            self.0 * 9.0 / 5.0 + 32.0
        }
    }
}

pub mod schedule {
    use crate::units::Celsius;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Slot {
        /// Minutes after midnight at which this slot starts.
        pub start: u16,
        pub target: Celsius,
    }

    pub struct Schedule {
        slots: Vec<Slot>,
        pub hysteresis: f64,
    }

    impl Schedule {
        pub fn new(mut slots: Vec<Slot>, hysteresis: f64) -> Self {
            slots.sort_by_key(|s| s.start);
            Schedule { slots, hysteresis }
        }

        /// The slot in force at `minute`; before the first slot, the last one of the day.
        pub fn active(&self, minute: u16) -> Option<&Slot> {
            self.slots.iter().rev().find(|s| s.start <= minute).or(self.slots.last())
        }

        /// Heat when the room is more than `hysteresis` degrees below the target.
        pub fn should_heat(&self, minute: u16, room: Celsius) -> bool {
            match self.active(minute) {
                Some(slot) => room.0 < slot.target.0 - self.hysteresis,
                None => false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::schedule::{Schedule, Slot};
    use super::units::Celsius;

    fn week_day() -> Schedule {
        Schedule::new(
            vec![
                Slot { start: 22 * 60, target: Celsius(16.0) },
                Slot { start: 6 * 60 + 30, target: Celsius(21.0) },
            ],
            0.5,
        )
    }

    #[test]
    fn picks_the_active_slot() {
        let s = week_day();
        assert_eq!(s.active(7 * 60).unwrap().target, Celsius(21.0));
        assert_eq!(s.active(3 * 60).unwrap().target, Celsius(16.0));
        assert_eq!(Celsius::from_fahrenheit(212.0), Celsius(100.0));
    }

    #[test]
    fn heats_below_hysteresis_band() {
        let s = week_day();
        assert!(s.should_heat(8 * 60, Celsius(20.4)));
        assert!(!s.should_heat(8 * 60, Celsius(20.6)));
        assert!(!s.should_heat(23 * 60, Celsius(16.0)));
        assert!(!Schedule::new(vec![], 0.5).should_heat(0, Celsius(0.0)));
    }
}

//! A coin-operated turnstile.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Coin,
    Push,
}

#[derive(Debug, Default)]
pub struct Turnstile {
    locked_open: bool,
    passages: u32,
    rejected: u32,
}

impl Turnstile {
    pub fn is_unlocked(&self) -> bool {
        self.locked_open
    }

    pub fn coin(&mut self) {
        self.locked_open = true;
    }

    /// Someone pushes the arm: passes (and relocks) only when unlocked.
    pub fn push(&self) -> bool {
        if self.locked_open {
            self.passages += 1;
            self.locked_open = false;
            true
        } else {
            self.rejected += 1;
            false
        }
    }

    pub fn run(&mut self, events: &[Event]) -> (u32, u32) {
        for event in events {
            match event {
                Event::Coin => self.coin(),
                Event::Push => {
                    self.push();
                }
            }
        }
        (self.passages, self.rejected)
    }
}

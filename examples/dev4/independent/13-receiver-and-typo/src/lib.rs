pub struct Deck {
    pub cards: Vec<u8>,
}

impl Deck {
    pub fn top(self) -> Option<u8> {
        self.cards.last().copied()
    }
}

pub fn peek_all(decks: &[Deck]) -> Vec<Option<u8>> {
    decks.iter().map(|d| d.top()).collect()
}

pub fn top_or_zero(d: &Deck) -> u8 {
    d.top().unwrap_or(0)
}

pub fn total(values: &[u8]) -> u32 {
    let mut sum = 0;
    for v in values {
        sum += *val as u32;
    }
    sum
}

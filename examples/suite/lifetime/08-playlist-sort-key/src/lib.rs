use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub title: String,
    pub artist: String,
    pub length: Duration,
    pub plays: u32,
}

impl Track {
    pub fn new(title: &str, artist: &str, secs: u64, plays: u32) -> Self {
        Track {
            title: title.to_string(),
            artist: artist.to_string(),
            length: Duration::from_secs(secs),
            plays,
        }
    }
}

#[derive(Default)]
pub struct Playlist {
    tracks: Vec<Track>,
}

pub enum Order {
    Title,
    Artist,
    MostPlayed,
}

impl Playlist {
    pub fn add(&mut self, track: Track) {
        self.tracks.push(track);
    }

    pub fn titles(&self) -> Vec<&str> {
        self.tracks.iter().map(|t| t.title.as_str()).collect()
    }

    pub fn total_length(&self) -> Duration {
        self.tracks.iter().map(|t| t.length).sum()
    }

    /// Stable sort, so equal keys keep their insertion order.
    pub fn sort(&mut self, order: Order) {
        match order {
            Order::Title => self.tracks.sort_by_key(|t| &t.title),
            Order::Artist => self.tracks.sort_by_key(|t| &t.artist),
            Order::MostPlayed => self.tracks.sort_by_key(|t| std::cmp::Reverse(t.plays)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn playlist() -> Playlist {
        let mut p = Playlist::default();
        p.add(Track::new("Windowlicker", "Aphex Twin", 366, 12));
        p.add(Track::new("Avril 14th", "Aphex Twin", 125, 40));
        p.add(Track::new("Roygbiv", "Boards of Canada", 151, 12));
        p
    }

    #[test]
    fn sorts_by_each_key() {
        let mut p = playlist();
        p.sort(Order::Title);
        assert_eq!(p.titles(), ["Avril 14th", "Roygbiv", "Windowlicker"]);
        p.sort(Order::MostPlayed);
        assert_eq!(p.titles(), ["Avril 14th", "Roygbiv", "Windowlicker"]);
        p.sort(Order::Artist);
        assert_eq!(p.titles(), ["Avril 14th", "Windowlicker", "Roygbiv"]);
    }

    #[test]
    fn totals_length() {
        assert_eq!(playlist().total_length(), Duration::from_secs(642));
    }
}

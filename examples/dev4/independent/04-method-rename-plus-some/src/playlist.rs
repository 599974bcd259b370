#[derive(Default)]
pub struct Playlist {
    songs: Vec<(String, u32)>,
}

impl Playlist {
    pub fn push_song(&mut self, title: &str, seconds: u32) {
        self.songs.push((title.to_string(), seconds));
    }

    pub fn longest(&self) -> Option<&str> {
        let best = self.songs.iter().max_by_key(|(_, s)| *s)?;
        Some(best.0.as_str())
    }

    pub fn seconds(&self) -> u32 {
        self.songs.iter().map(|(_, s)| s).sum()
    }
}

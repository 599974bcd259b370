//! Playlists that can be iterated with `for track in &playlist`.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Track {
    pub title: String,
    pub artist: String,
    pub seconds: u32,
}

#[derive(Debug, Default)]
pub struct Playlist {
    tracks: Vec<Track>,
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &Track;
    type IntoIter = std::slice::Iter<Track>;

    fn into_iter(self) -> Self::IntoIter {
        self.tracks.iter()
    }
}

impl Playlist {
    pub fn add(&mut self, title: &str, artist: &str, seconds: u32) {
        self.tracks.push(Track { title: title.into(), artist: artist.into(), seconds });
    }

    /// Total length as `m:ss`, or `h:mm:ss` from an hour on.
    pub fn duration(&self) -> String {
        let total: u32 = self.into_iter().map(|t| t.seconds).sum();
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
        if h > 0 {
            format!("{}:{:02}:{:02}", h, m, s)
        } else {
            format!("{}:{:02}", m, s)
        }
    }

    pub fn by_artist<'a>(&'a self, artist: &str) -> Vec<&'a str> {
        let mut titles = Vec::new();
        for track in self {
            if track.artist.eq_ignore_ascii_case(artist) {
                titles.push(track.title.as_str());
            }
        }
        titles
    }
}

//! Playlist lines look like `Title - m:ss` or `Title - h:mm:ss`.

#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    pub title: String,
    pub seconds: u32,
}

/// Seconds in `m:ss` or `h:mm:ss`; `None` when malformed or out of range.
pub fn parse_duration(text: &str) -> Option<u32> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let (h, m, s) = match parts.as_slice() {
        [m, s] => ("0", *m, *s),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    let hours: u32 = h.parse().ok()?;
    let minutes: u32 = m.parse()?;
    let seconds: u32 = s.parse().ok()?;
    if s.len() != 2 || seconds >= 60 || (parts.len() == 3 && minutes >= 60) {
        return None;
    }
    Some(hours * 3600 + minutes * 60 + seconds)
}

pub fn parse_track(line: &str) -> Option<Track> {
    let (title, duration) = line.rsplit_once(" - ")?;
    Some(Track { title: title.trim().to_string(), seconds: parse_duration(duration)? })
}

pub fn format_duration(total: u32) -> String {
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Number of valid tracks and their total length; malformed lines are skipped.
pub fn playlist_length(lines: &[&str]) -> (usize, String) {
    let tracks: Vec<Track> = lines.iter().filter_map(|l| parse_track(l)).collect();
    let total = tracks.iter().map(|t| t.seconds).sum();
    (tracks.len(), format_duration(total))
}

//! SRT subtitle cues: parsing, shifting and renumbering.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub index: usize,
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
}

fn parse_time(s: &str) -> Option<u64> {
    let (hms, ms) = s.trim().split_once(',')?;
    let mut parts = hms.split(':').map(|p| p.parse::<u64>().ok());
    let (h, m, sec) = (parts.next()??, parts.next()??, parts.next()??);
    Some(((h * 60 + m) * 60 + sec) * 1000 + ms.parse::<u64>().ok()?)
}

fn format_time(ms: u64) -> String {
    let (h, rest) = (ms / 3_600_000, ms % 3_600_000);
    format!("{:02}:{:02}:{:02},{:03}", h, rest / 60_000, rest % 60_000 / 1000, ms % 1000)
}

pub fn parse(srt: &str) -> Option<Vec<Cue>> {
    let normalised = srt.replace("\r\n", "\n");
    normalised
        .split("\n\n")
        .filter(|block| !block.trim().is_empty())
        .map(|block| {
            let mut lines = block.trim().lines();
            let index = lines.next()?.trim().parse().ok()?;
            let (from, to) = lines.next()?.split_once("-->")?;
            let text = lines.collect::<Vec<_>>().join("\n");
            Some(Cue { index, start_ms: parse_time(from)?, end_ms: parse_time(to)?, text })
        })
        .collect()
}

/// Drops cues that would start before zero after shifting, and renumbers from 1.
pub fn shift(cues: &[Cue], offset_ms: i64) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut number = 1;
    for cue in cues.iter().filter(|c| c.start_ms as i64 + offset_ms >= 0) {
        out.push(Cue {
            index: number,
            start_ms: (cue.start_ms as i64 + offset_ms) as u64,
            end_ms: (cue.end_ms as i64 + offset_ms) as u64,
            text: cue.text.clone(),
        });
        number += 1;
    }
    out
}

pub fn render(cues: &[Cue]) -> String {
    cues.iter()
        .map(|c| format!("{}\n{} --> {}\n{}\n", c.index, format_time(c.start_ms), format_time(c.end_ms), c.text))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRT: &str = "1\r\n00:00:01,500 --> 00:00:03,000\r\nHello\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,250\r\nTwo\r\nlines\r\n";

    #[test]
    fn parses_cues() {
        let cues = parse(SRT).unwrap();
        assert_eq!(cues.len(), 2);
        assert_eq!(cues[0].start_ms, 1500);
        assert_eq!(cues[1].text, "Two\nlines");
        assert!(parse("1\n00:00:01 --> 00:00:02,000\nbad\n").is_none());
    }

    #[test]
    fn shifts_and_renumbers() {
        let cues = parse(SRT).unwrap();
        let shifted = shift(&cues, -2000);
        assert_eq!(shifted.len(), 1);
        assert_eq!(shifted[0].index, 1);
        assert_eq!(render(&shifted), "1\n00:00:02,000 --> 00:00:04,250\nTwo\nlines\n");
        let later = shift(&cues, 3_600_000);
        assert_eq!(later[1].index, 2);
        assert_eq!(format_time(later[0].start_ms), "01:00:01,500");
    }
}

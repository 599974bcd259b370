use crate::playlist::Playlist;

pub fn mix() -> Playlist {
    let mut p = Playlist::default();
    p.add_song("intro", 30);
    p.add_song("theme", 240);
    p
}

pub fn first_long(p: &Playlist, limit: u32) -> Option<u32> {
    if p.seconds() > limit {
        return p.seconds();
    }
    None
}

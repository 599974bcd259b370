use lifetime_playlist_into_iter_ref::Playlist;

fn mix() -> Playlist {
    let mut p = Playlist::default();
    p.add("Intro", "Ana", 95);
    p.add("Rain", "Bo", 241);
    p.add("Outro", "ana", 130);
    p
}

#[test]
fn iterate_by_reference() {
    let p = mix();
    let titles: Vec<&str> = (&p).into_iter().map(|t| t.title.as_str()).collect();
    assert_eq!(titles, vec!["Intro", "Rain", "Outro"]);
    let mut n = 0;
    for _ in &p {
        n += 1;
    }
    assert_eq!(n, 3);
    assert_eq!(p.by_artist("ANA"), vec!["Intro", "Outro"]);
}

#[test]
fn durations() {
    assert_eq!(mix().duration(), "7:46");
    let mut long = Playlist::default();
    long.add("Drone", "Cy", 3_725);
    assert_eq!(long.duration(), "1:02:05");
    assert_eq!(Playlist::default().duration(), "0:00");
}

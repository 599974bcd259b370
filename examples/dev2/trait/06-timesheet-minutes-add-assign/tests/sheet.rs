use trait_timesheet_minutes_add_assign::{Minutes, Timesheet};

fn sheet() -> Timesheet {
    let mut s = Timesheet::default();
    s.log("atlas", 90, &["meeting"]);
    s.log("atlas", 45, &["review", "meeting"]);
    s.log("borealis", 30, &["review"]);
    s.log("atlas", 5, &["review", "review"]);
    s
}

#[test]
fn totals_per_project() {
    let s = sheet();
    assert_eq!(s.total_for("atlas"), Minutes(140));
    assert_eq!(s.total_for("atlas").to_string(), "2h20m");
    assert_eq!(s.total_for("borealis").to_string(), "0h30m");
    assert_eq!(s.total_for("nope"), Minutes(0));
}

#[test]
fn tag_counts() {
    let s = sheet();
    assert_eq!(s.tag_count("review"), 4);
    assert_eq!(s.tag_count("meeting"), 2);
    assert_eq!(s.tag_count("lunch"), 0);
}

use lifetime_chat_mentions_fallback_temporary::Directory;

fn dir() -> Directory {
    let mut d = Directory::default();
    d.add(1, "ana");
    d.add(2, "bartholomew-the-third");
    d
}

#[test]
fn mentions_known_unknown_and_long() {
    let d = dir();
    assert_eq!(d.render_mention(1), "@ana");
    assert_eq!(d.render_mention(99), "@user-99");
    assert_eq!(d.render_mention(2), "@bartholomew-…");
}

#[test]
fn renders_messages() {
    let d = dir();
    assert_eq!(d.render("hi <@1>, ping <@7>!"), "hi @ana, ping @user-7!");
    assert_eq!(d.render("a <@x> b <@1"), "a <@x> b <@1");
}

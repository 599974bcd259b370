use type_markdown_outline_some_and_borrow::*;

const DOC: &str = "# Intro\nSome words here.\n## Setup\n#hashtag is not a heading\n####### too deep\nDone.";

#[test]
fn levels() {
    assert_eq!(heading_level("### Deep"), Some(3));
    assert_eq!(heading_level("#tag"), None);
    assert_eq!(heading_level("plain"), None);
}

#[test]
fn outline_lists_headings() {
    let entries = outline(DOC);
    assert_eq!(
        entries,
        vec![
            Entry { level: 1, title: "Intro".into() },
            Entry { level: 2, title: "Setup".into() },
        ]
    );
}

#[test]
fn body_word_count_skips_headings() {
    assert_eq!(body_words(DOC), 12);
}

use syntax_morse_codec_arrow_turbofish::{decode, duration_units, encode};

#[test]
fn encodes_words() {
    assert_eq!(encode("SOS").unwrap(), "... --- ...");
    assert_eq!(encode("hi 2u").unwrap(), ".... .. / ..--- ..-");
    assert_eq!(encode("a?"), None);
}

#[test]
fn decodes_and_round_trips() {
    assert_eq!(decode(".-. ..- ... - / .---- ..---"), Ok("RUST 12".to_string()));
    assert_eq!(decode("...---"), Err("unknown symbol \"...---\"".to_string()));
    let text = "THE QUICK BROWN FOX 42";
    assert_eq!(decode(&encode(text).unwrap()).unwrap(), text);
}

#[test]
fn timing() {
    assert_eq!(duration_units(". ."), 5);
    assert_eq!(duration_units("-- / ."), 15);
}

use visibility_palette_reexport::{gradient, most_readable, parse_hex, Rgb};

#[test]
fn parses_and_formats_hex() {
    assert_eq!(parse_hex("#ff8000"), Some(Rgb { r: 255, g: 128, b: 0 }));
    assert_eq!(parse_hex("0af").map(Rgb::to_hex).as_deref(), Some("#00aaff"));
    assert_eq!(parse_hex("#12345"), None);
    assert_eq!(parse_hex("#zz0000"), None);
}

#[test]
fn gradient_and_contrast() {
    let black = parse_hex("#000").unwrap();
    let white = parse_hex("#fff").unwrap();
    let g: Vec<String> = gradient(black, white, 3).into_iter().map(Rgb::to_hex).collect();
    assert_eq!(g, vec!["#000000", "#808080", "#ffffff"]);
    let navy = parse_hex("#000080").unwrap();
    assert_eq!(most_readable(navy, &[black, white]), Some(white));
}

use lifetime_markdown_span_struct_lifetime::{line_to_html, spans, Span, Style};

#[test]
fn splits_spans() {
    let line = String::from("run `cargo test` *now*!");
    let got = spans(&line).unwrap();
    assert_eq!(
        got,
        vec![
            Span { style: Style::Plain, text: "run " },
            Span { style: Style::Code, text: "cargo test" },
            Span { style: Style::Plain, text: " " },
            Span { style: Style::Emphasis, text: "now" },
            Span { style: Style::Plain, text: "!" },
        ]
    );
}

#[test]
fn renders_html() {
    assert_eq!(line_to_html("a *b* `c*d`").unwrap(), "a <em>b</em> <code>c*d</code>");
    assert_eq!(line_to_html(""), Ok(String::new()));
}

#[test]
fn reports_unclosed_delimiters() {
    assert_eq!(spans("ok *fine* then `broken"), Err(15));
    assert_eq!(line_to_html("*"), Err(0));
}

use move_doc_sections::{page, parse};

const SRC: &str = "# Notes\nintro is ignored\n## Setup\ninstall <rust>\n\nrun cargo\n## Usage\ncall & pray\n## Empty\n";

#[test]
fn parses_sections() {
    let doc = parse(SRC);
    assert_eq!(doc.title, "Notes");
    let headings: Vec<_> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(headings, vec!["Setup", "Usage", "Empty"]);
    assert_eq!(doc.sections[0].lines, vec!["install <rust>", "run cargo"]);
    assert_eq!(doc.sections[1].lines, vec!["call & pray"]);
    assert!(doc.sections[2].lines.is_empty());
}

#[test]
fn renders_page() {
    let html = page(parse("# A <b>\n## S\nx > y\n"));
    assert_eq!(html, "<title>A &lt;b&gt;</title><h2>S</h2><p>x &gt; y</p>");
}

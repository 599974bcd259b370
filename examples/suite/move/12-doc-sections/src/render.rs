use crate::parse::Document;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Render the body, consuming the document.
fn body(doc: Document) -> String {
    let mut out = String::new();
    for section in doc.sections {
        out.push_str(&format!("<h2>{}</h2>", escape(&section.heading)));
        for line in section.lines {
            out.push_str(&format!("<p>{}</p>", escape(&line)));
        }
    }
    out
}

pub fn page(doc: Document) -> String {
    let title = &doc.title;
    let html = body(doc);
    format!("<title>{}</title>{html}", escape(&title))
}

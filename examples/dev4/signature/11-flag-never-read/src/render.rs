pub fn heading(text: &str, escape: bool) -> String {
    format!("<h1>{text}</h1>")
}
